// Outgoing HTTP requests whose host a request value chooses.
use actix_web::{web, HttpResponse};
use axum::extract::{Path, Query};
use iron::prelude::*;
use iron::status;
use warp::Filter;

#[derive(serde::Deserialize)]
struct CallbackParams {
    callback: String,
}

// actix-web: the client names the URL
async fn ping_callback(q: web::Query<CallbackParams>) -> HttpResponse {
    let client = reqwest::Client::new();
    // ruleid: rust-ssrf
    let res = client.get(&q.callback).send().await;
    HttpResponse::Ok().finish()
}

// axum: the host is a path segment
async fn bureau_score(Path(bureau): Path<String>) -> String {
    // ruleid: rust-ssrf
    let res = reqwest::get(format!("https://{}/score", bureau)).await;
    String::from("sent")
}

// iron: the request's own URL fetched back
fn mirror(req: &mut Request) -> IronResult<Response> {
    let target = req.url.to_string();
    // ruleid: rust-ssrf
    let body = reqwest::blocking::get(target).unwrap().text().unwrap();
    Ok(Response::with((status::Ok, body)))
}

// warp: a closure parameter posted to
fn routes() {
    let notify = warp::path::param().then(|agency: String| async move {
        // (an async block: semgrep's taint analysis does not read inside one)
        // ruleid: rust-ssrf-async-block
        let res = reqwest::Client::new().post(format!("https://{}", agency)).send().await;
        String::from("ok")
    });

    let rates = warp::path::param().then(|date: String| async move {
        // a fixed host: the value is a path under it
        // ok: rust-ssrf-async-block
        let res = reqwest::Client::new().get(format!("https://rates.nbk.kz/rates/{}", date)).send().await;
        String::from("ok")
    });
}

fn more_routes() {
    let lookup = warp::path::param().then(move |host: String| async move {
        let client = reqwest::Client::new();
        // ruleid: rust-ssrf-async-block
        let res = client.get(&host).send().await;
        String::from("ok")
    });

    let shared = warp::path::param().then(move |host: String| async move {
        // ruleid: rust-ssrf-async-block
        let res = state.http_client.get(&host).send().await;
        String::from("ok")
    });

    let cached = warp::path::param().then(move |uid: String| async move {
        let cache = std::collections::HashMap::<String, String>::new();
        // ok: rust-ssrf-async-block
        let order = cache.get(&uid).cloned();
        order.unwrap_or_default()
    });

    let status = warp::path::param().then(|code: String| async move {
        // ok: rust-ssrf-async-block
        let res = reqwest::get(std::env::var("STATUS_URL").unwrap()).await;
        String::from(code)
    });
}

async fn client_history(Path(client_id): Path<String>) -> String {
    let url = format!("https://api.bureau.kz/clients/{}/history", client_id);
    // ok: rust-ssrf
    let res = reqwest::get(&url).await;
    String::from("ok")
}

async fn schedule(Query(params): Query<std::collections::HashMap<String, String>>) -> String {
    // a map's get is no request
    // ok: rust-ssrf
    let months = params.get("months").cloned().unwrap_or_default();
    months
}

async fn configured_rates() -> String {
    let base = std::env::var("RATES_URL").unwrap();
    // ok: rust-ssrf
    let res = reqwest::get(&base).await;
    String::from("ok")
}

async fn webhook(Path(hook): Path<String>) -> String {
    // ruleid: rust-ssrf
    let res = ureq::get(&hook).call();
    String::from("ok")
}
