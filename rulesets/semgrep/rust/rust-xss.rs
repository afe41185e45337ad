// Request values in replies that are sent as HTML. A String reply is text/plain in warp, axum,
// actix-web's Responder and iron (iron's default content type), so only a reply the code marks as
// HTML is a cross-site scripting sink.
use std::collections::HashMap;

use actix_web::{http::header::ContentType, web, HttpRequest, HttpResponse};
use askama::Template;
use axum::extract::{Path, Query};
use axum::response::Html;
use iron::mime::Mime;
use iron::prelude::*;
use iron::status;
use rocket::response::content;
use warp::Filter;

#[derive(serde::Deserialize)]
struct SearchParams {
    term: String,
}

// actix-web
async fn greet_applicant(path: web::Path<String>) -> HttpResponse {
    let name = path.into_inner();
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        // ruleid: rust-xss
        .body(format!("<h1>Salem, {}</h1>", name))
}

async fn search_loans(q: web::Query<SearchParams>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(ContentType::html())
        // ruleid: rust-xss
        .body(format!("<p>Results for {}</p>", q.term))
}

async fn officer_note(req: HttpRequest) -> HttpResponse {
    let officer = req.match_info().get("officer").unwrap_or("-").to_string();
    // ruleid: rust-xss
    HttpResponse::Ok().content_type("text/html").body(format!("<b>{}</b>", officer))
}

async fn plain_greeting(path: web::Path<String>) -> HttpResponse {
    let name = path.into_inner();
    HttpResponse::Ok()
        .content_type(ContentType::plaintext())
        // ok: rust-xss
        .body(format!("Salem, {}!", name))
}

async fn loan_page(path: web::Path<u64>) -> HttpResponse {
    let loan_id = path.into_inner();
    HttpResponse::Ok()
        .content_type("text/html")
        // ok: rust-xss
        .body(format!("<h1>Loan {}</h1>", loan_id))
}

// axum
async fn branch_page(Path(branch): Path<String>) -> Html<String> {
    // ruleid: rust-xss
    Html(format!("<h2>Branch {}</h2>", branch))
}

async fn branch_note(Query(params): Query<HashMap<String, String>>) -> Html<String> {
    let note = params.get("note").cloned().unwrap_or_default();
    // ruleid: rust-xss
    Html(format!("<div>{}</div>", note))
}

async fn branch_echo(Path(branch): Path<String>) -> String {
    // a String reply is text/plain
    // ok: rust-xss
    format!("<b>{}</b>", branch)
}

async fn branch_clean(Path(branch): Path<String>) -> Html<String> {
    // ok: rust-xss
    Html(ammonia::clean(&format!("<h2>{}</h2>", branch)))
}

async fn branch_escaped(Path(branch): Path<String>) -> Html<String> {
    // ok: rust-xss
    Html(format!("<h2>{}</h2>", html_escape::encode_text(&branch)))
}

async fn schedule(Path(months): Path<u32>) -> Html<String> {
    // ok: rust-xss
    Html(format!("<p>{} months</p>", months))
}

#[derive(Template)]
#[template(path = "applicant.html")]
struct ApplicantPage {
    name: String,
}

async fn applicant_page(Path(name): Path<String>) -> Html<String> {
    // an askama template escapes what it prints
    let page = ApplicantPage { name }.render().unwrap();
    // ok: rust-xss
    Html(page)
}

// warp
fn warp_routes() {
    let title = warp::path!("loan" / String)
        // ruleid: rust-xss
        .map(|title: String| warp::reply::html(format!("<h1>{}</h1>", title)));

    let hello = warp::path::param()
        // a String reply is text/plain in warp
        // ok: rust-xss
        .map(|name: String| format!("<h1>Hello, {}!</h1>", name));

    let total = warp::path!("total" / u64)
        // ok: rust-xss
        .map(|amount: u64| warp::reply::html(format!("<p>{} KZT</p>", amount)));
}

// iron
fn iron_page(req: &mut Request) -> IronResult<Response> {
    let resource = req.url.path().join("/");
    let html: Mime = "text/html".parse().unwrap();
    // ruleid: rust-xss
    Ok(Response::with((status::Ok, html, format!("<p>{}</p>", resource))))
}

fn iron_plain(req: &mut Request) -> IronResult<Response> {
    let resource = req.url.path().join("/");
    // iron sends a body without a content type as text/plain
    // ok: rust-xss
    Ok(Response::with((status::Ok, format!("<h1>Resource {}</h1>", resource))))
}

// rocket
#[get("/hello/<name>")]
fn rocket_hello(name: &str) -> content::RawHtml<String> {
    // ruleid: rust-xss
    content::RawHtml(format!("<b>{}</b>", name))
}

// Handlers written as closures returning an async block (semgrep's taint analysis does not read
// inside one): the structural rule reads the reply against the closure's extractor.
fn branch_routes() -> axum::Router {
    axum::Router::new()
        .route(
            "/branch/:city",
            axum::routing::get(|Path(city): Path<String>| async move {
                // ruleid: rust-xss-async-block
                Html(format!("<h2>Branch {}</h2>", city))
            }),
        )
        .route(
            "/offer",
            axum::routing::get(move |Query(offer): Query<SearchParams>| async move {
                let title = offer.term.to_uppercase();
                // ruleid: rust-xss-async-block
                Html(format!("<h1>{}</h1>", title))
            }),
        )
        .route(
            "/echo",
            axum::routing::get(|q: Query<HashMap<String, String>>| async move {
                // ruleid: rust-xss-async-block
                Html(q.get("msg").cloned().unwrap_or_default())
            }),
        )
        .route(
            "/branch-safe/:city",
            axum::routing::get(|Path(city): Path<String>| async move {
                // ok: rust-xss-async-block
                Html(format!("<h2>Branch {}</h2>", html_escape::encode_text(&city)))
            }),
        )
        .route(
            "/branch-no/:no",
            axum::routing::get(|Path(no): Path<u32>| async move {
                // ok: rust-xss-async-block
                Html(format!("<h2>Branch no. {}</h2>", no))
            }),
        )
        .route(
            "/branch-text/:city",
            axum::routing::get(|Path(city): Path<String>| async move {
                // ok: rust-xss-async-block
                format!("Branch {}", city)
            }),
        )
        .route(
            "/rates",
            axum::routing::get(|Path(city): Path<String>| async move {
                let banner = "Rates of the day";
                // ok: rust-xss-async-block
                Html(format!("<h2>{}</h2>", banner))
            }),
        )
}

fn actix_closures(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/hello",
        web::get().to(|form: web::Query<SearchParams>| async move {
            HttpResponse::Ok()
                .content_type("text/html")
                // ruleid: rust-xss-async-block
                .body(format!("<p>{}</p>", form.term))
        }),
    );
}

// Rust 2021's inline format arguments: the request value is named inside the format string,
// where taint analysis does not see it.
async fn greet_borrower(Path(borrower): Path<String>) -> Html<String> {
    // ruleid: rust-xss-inline-format
    Html(format!("<h1>Salem, {borrower}!</h1>"))
}

async fn search_offers(Query(params): Query<SearchParams>) -> impl axum::response::IntoResponse {
    let term = params.term.trim();
    // ruleid: rust-xss-inline-format
    Html(format!("<p>Offers for <b>{term}</b></p>"))
}

async fn branch_page(q: web::Query<SearchParams>) -> Html<String> {
    let wanted = q.term.clone();
    // ruleid: rust-xss-inline-format
    Html(format!("<p>{wanted:?}</p>"))
}

async fn closure_inline() -> axum::Router {
    axum::Router::new().route(
        "/city/:city",
        // ruleid: rust-xss-inline-format
        axum::routing::get(|Path(city): Path<String>| async move { Html(format!("<i>{city}</i>")) }),
    )
}

async fn greet_escaped(Path(borrower): Path<String>) -> Html<String> {
    let shown = html_escape::encode_text(&borrower);
    // ok: rust-xss-inline-format
    Html(format!("<h1>Salem, {shown}!</h1>"))
}

async fn loan_count(Path(count): Path<u64>) -> Html<String> {
    // ok: rust-xss-inline-format
    Html(format!("<p>{count} loans</p>"))
}

async fn fixed_banner(Path(borrower): Path<String>) -> Html<String> {
    let banner = "Rates of the day";
    // ok: rust-xss-inline-format
    Html(format!("<h1>{banner}</h1>"))
}

async fn text_reply(Path(borrower): Path<String>) -> String {
    // ok: rust-xss-inline-format
    format!("Salem, {borrower}!")
}

async fn other_handler(Path(region): Path<String>) -> Html<String> {
    Html(format!("<p>{}</p>", html_escape::encode_text(&region)))
}

async fn next_handler() -> Html<String> {
    let region = "Almaty";
    // ok: rust-xss-inline-format
    Html(format!("<p>{region}</p>"))
}
