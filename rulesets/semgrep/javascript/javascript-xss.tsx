import React from "react";

export function Banner() {
  const html = new URLSearchParams(window.location.search).get("banner") ?? "";
  // ruleid: javascript-xss
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}

export function SafeBanner() {
  const text = new URLSearchParams(window.location.search).get("banner") ?? "";
  // ok: javascript-xss
  return <div>{text}</div>;
}
