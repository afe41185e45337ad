use actix_files::NamedFile;
use actix_web::{web, HttpRequest, Result};
use std::fs;
use std::path::{Path, PathBuf};

// actix-web: a path segment matched by the route ({filename:.*}) opened as a file.
async fn statement(req: HttpRequest) -> Result<NamedFile> {
    let path: PathBuf = req.match_info().query("filename").parse().unwrap();
    // ruleid: rust-path-traversal
    Ok(NamedFile::open(path)?)
}

async fn export(req: HttpRequest) -> std::io::Result<String> {
    let name = req.match_info().get("name").unwrap_or("report.csv");
    // ruleid: rust-path-traversal
    fs::read_to_string(format!("/srv/exports/{}", name))
}

// actix-web extractors: the path and the query string of the request.
async fn receipt(file: web::Path<String>) -> Result<NamedFile> {
    let full = Path::new("/srv/receipts").join(file.into_inner());
    // ruleid: rust-path-traversal
    Ok(NamedFile::open(full)?)
}

#[derive(serde::Deserialize)]
struct Download {
    file: String,
}

async fn download(q: web::Query<Download>) -> std::io::Result<Vec<u8>> {
    // ruleid: rust-path-traversal
    std::fs::read(format!("/srv/files/{}", q.file))
}

async fn remove(req: HttpRequest) -> std::io::Result<()> {
    let name = req.match_info().query("name");
    // ruleid: rust-path-traversal
    std::fs::remove_file(Path::new("/srv/uploads").join(name))
}

// Not request data, or reduced to a file name first.
async fn index() -> Result<NamedFile> {
    // ok: rust-path-traversal
    Ok(NamedFile::open("static/index.html")?)
}

async fn receipt_by_name(req: HttpRequest) -> Result<NamedFile> {
    let raw: PathBuf = req.match_info().query("filename").parse().unwrap();
    let name = raw.file_name().unwrap().to_owned();
    // ok: rust-path-traversal
    Ok(NamedFile::open(Path::new("/srv/receipts").join(name))?)
}

async fn cleaned(req: HttpRequest) -> Result<NamedFile> {
    let name = sanitize_filename::sanitize(req.match_info().query("name"));
    // ok: rust-path-traversal
    Ok(NamedFile::open(Path::new("/srv/receipts").join(name))?)
}

fn settings(config_dir: &str) -> std::io::Result<String> {
    // ok: rust-path-traversal
    fs::read_to_string(Path::new(config_dir).join("settings.toml"))
}
