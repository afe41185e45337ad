// A service on the MongoDB driver, awaited with type arguments: semgrep reads `await f<T>(x)` as a
// call of `await f`.
import { Db } from "mongodb";
import { Request } from "express";

interface BorrowerDoc {
  iin: string;
  phone: string;
}

export class BorrowerLookup {
  constructor(private readonly db: Db) {}

  async byPhone(req: Request) {
    const borrowers = this.db.collection("borrowers");
    // ruleid: javascript-nosql-injection
    const one = await this.borrowersCollection.findOne<BorrowerDoc>({ phone: req.body.phone });
    // ruleid: javascript-nosql-injection
    const agg = await this.loanModel.aggregate<BorrowerDoc>(req.body.pipeline);
    // ok: javascript-nosql-injection
    const safe = await this.borrowersCollection.findOne<BorrowerDoc>({ phone: String(req.body.phone) });
    return [borrowers, one, agg, safe];
  }
}
