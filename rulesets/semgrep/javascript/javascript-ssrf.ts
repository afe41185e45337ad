// Awaited calls with type arguments: semgrep reads `await f<T>(x)` as a call of `await f`.
import axios from "axios";
import got from "got";
import { HttpService } from "@nestjs/axios";
import { Request, Response } from "express";

interface ScoreReply {
  score: number;
}

export async function bureauScore(req: Request, res: Response) {
  // ruleid: javascript-ssrf
  const a = await axios.get<ScoreReply>(req.query.bureauUrl as string);
  // ruleid: javascript-ssrf
  const b = await got<ScoreReply>(req.body.callback);
  // ruleid: javascript-ssrf
  const c = await axios.post<ScoreReply>(`${req.body.partnerHost}/v1/score`, { iin: "000000000000" });
  // a fixed host with the request's value in the path only
  // ok: javascript-ssrf
  const d = await axios.get<ScoreReply>(`https://bureau.example.kz/v1/score/${req.params.iin}`);
  // ok: javascript-ssrf
  const e = await axios.get<ScoreReply>("https://bureau.example.kz/v1/ping");
  res.json([a.data, b, c.data, d.data, e.data]);
}

export class RepaymentNotifier {
  constructor(private readonly httpClient: HttpService) {}

  async notify(req: Request) {
    const hook = req.body.webhookUrl;
    // ruleid: javascript-ssrf
    const sent = await this.httpClient.axiosRef.post<ScoreReply>(hook, { paid: true });
    // ruleid: javascript-ssrf
    const opts = await this.httpClient.axiosRef.request<ScoreReply>({ url: hook, method: "GET" });
    // the request's value as the body of a fixed URL
    // ok: javascript-ssrf
    const fixed = await this.httpClient.axiosRef.request<ScoreReply>({ url: "https://hooks.example.kz/in", data: req.body });
    return [sent, opts, fixed];
  }
}
