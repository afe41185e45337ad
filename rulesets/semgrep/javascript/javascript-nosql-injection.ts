// A module built on SQL ORMs and query builders: their object conditions are bound as parameters.
import { Body, Controller, Post } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { Borrower } from "./borrower.entity";

@Controller("borrowers")
export class BorrowerController {
  constructor(@InjectRepository(Borrower) private borrowerRepository: Repository<Borrower>) {}

  @Post("lookup")
  async lookup(@Body() body: { phone: string; iin: string }) {
    // ok: javascript-nosql-injection
    const one = await this.borrowerRepository.findOne({ phone: body.phone });
    // ok: javascript-nosql-injection
    const many = await this.borrowerRepository.find({ iin: body.iin });
    // a $where operator is MongoDB's whatever the module imports
    // ruleid: javascript-nosql-injection
    const odd = { $where: "this.iin == '" + body.iin + "'" };
    return [one, many, odd];
  }
}
