import { Body, Controller, Get, Post, Query } from "@nestjs/common";
import { DataSource } from "typeorm";

@Controller("loans")
export class LoansController {
  constructor(private readonly dataSource: DataSource, private readonly prisma: PrismaService) {}

  @Get()
  async find(@Query("iin") iin: string) {
    // ruleid: javascript-sql-injection
    return this.dataSource.query(`SELECT * FROM loans WHERE client_iin = '${iin}'`);
  }

  @Get("safe")
  async findSafe(@Query("iin") iin: string) {
    // ok: javascript-sql-injection
    return this.dataSource.query("SELECT * FROM loans WHERE client_iin = $1", [iin]);
  }

  @Post("report")
  async report(@Body() dto: ReportDto) {
    // ruleid: javascript-sql-injection
    const a = await this.prisma.$queryRawUnsafe("SELECT * FROM loans WHERE region = '" + dto.region + "'");
    // ok: javascript-sql-injection
    const b = await this.prisma.$queryRaw`SELECT * FROM loans WHERE region = ${dto.region}`;
    // ruleid: javascript-sql-injection
    const c = await this.dataSource.createQueryBuilder("loan").where(`loan.status = '${dto.status}'`).getMany();
    // ok: javascript-sql-injection
    const d = await this.dataSource.createQueryBuilder("loan").where("loan.status = :status", { status: dto.status }).getMany();
    return [a, b, c, d];
  }
}

class SearchLoansDto {
  region: string;
  sort: string;
}

@Controller("loan-search")
export class LoanSearchController {
  constructor(private readonly prisma: PrismaClient) {}

  @Get()
  async search(@Query() query: SearchLoansDto) {
    const sql = `SELECT * FROM loans WHERE region = '${query.region}' ORDER BY ${query.sort}`;
    // ruleid: javascript-sql-injection
    return this.prisma.$queryRawUnsafe(sql);
  }

  @Get("fixed")
  async fixed(@Query() query: SearchLoansDto) {
    // ok: javascript-sql-injection
    return this.prisma.$queryRaw`SELECT * FROM loans WHERE region = ${query.region}`;
  }
}
