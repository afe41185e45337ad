import express, { NextFunction, Request, Response } from "express";

const app = express();
const ALLOWED = ["https://lk.example.kz"];

// This file never allows credentials (the Allow-Credentials header). Without it browsers send no
// cookies or HTTP authentication cross-origin and hide the answer of any request that carried
// them, so an echoed Origin opens only what an anonymous request could read (like "*"). One
// header away from the high flaw, it stays a medium finding.
const publicJson = (req: Request, res: Response, next: NextFunction) => {
  // ruleid: javascript-cors-reflected-origin
  res.header("Access-Control-Allow-Origin", req.get("origin") || "*");
  next();
};
app.use("/rates", publicJson);

app.use((req: Request, res: Response, next: NextFunction) => {
  const origin = req.headers.origin;
  // ruleid: javascript-cors-reflected-origin
  res.setHeader("Access-Control-Allow-Origin", origin);
  res.setHeader("Vary", "Origin");
  next();
});

app.get("/branches", (req: Request, res: Response) => {
  // ruleid: javascript-cors-reflected-origin
  res.set("Access-Control-Allow-Origin", req.headers["origin"]);
  res.json([]);
});

app.get("/offers", (req: Request, res: Response) => {
  // credentials refused in so many words
  // ruleid: javascript-cors-reflected-origin
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin);
  // ok: javascript-cors-wildcard-credentials
  res.setHeader("Access-Control-Allow-Credentials", "false");
  res.json([]);
});

app.use((req: Request, res: Response, next: NextFunction) => {
  const origin = req.headers.origin;
  if (ALLOWED.includes(origin)) {
    // ok: javascript-cors-reflected-origin
    res.setHeader("Access-Control-Allow-Origin", origin);
  }
  next();
});

app.use((req: Request, res: Response, next: NextFunction) => {
  // ok: javascript-cors-reflected-origin
  res.setHeader("Access-Control-Allow-Origin", "https://lk.example.kz");
  next();
});
