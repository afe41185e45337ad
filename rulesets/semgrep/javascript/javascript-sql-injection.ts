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

// The application's own runner of raw SQL text: a function named for running SQL, called with a
// statement built from the request (Express handlers).
export async function arrearsSearch(req: Request, res: Response) {
  const borrower = (req.query.borrower as string) ?? "";
  const sql = `SELECT id, borrower, overdue_days FROM arrears WHERE borrower ILIKE '%${borrower}%'`;
  // ruleid: javascript-sql-injection
  const rows = await runRawSql(sql);
  // ruleid: javascript-sql-injection
  const more = await executeSql<ArrearsRow>(`SELECT * FROM arrears WHERE region = '${req.query.region}'`);
  // ruleid: javascript-sql-injection
  const viaDao = await this.loanDao.runQuery("SELECT * FROM arrears WHERE officer = '" + req.body.officer + "'");
  // ok: javascript-sql-injection
  const bound = await runRawSql("SELECT * FROM arrears WHERE borrower = $1", [borrower]);
  // ruleid: javascript-sql-injection
  const wrapped = await this.ledger.queryRaw(`SELECT * FROM arrears WHERE agent = '${req.query.agent}'`);
  // ok: javascript-sql-injection
  const wrappedBound = await this.ledger.queryRaw("SELECT * FROM arrears WHERE agent = $1", [req.query.agent]);
  res.json({ rows, more, viaDao, bound, wrapped, wrappedBound });
}

// A GraphQL client's executeQuery takes a document, not SQL text.
export async function repaymentsGraph(req: Request, res: Response) {
  // ok: javascript-sql-injection
  const result = await executeQuery(`query { repayments(loan: "${req.query.loan}") { amount } }`);
  res.json(result);
}

// Prisma's raw runner awaited with type arguments.
export async function overdueLoans(req: Request, res: Response) {
  const sql = `SELECT id, amount FROM loans WHERE branch = '${req.params.branch}' AND overdue_days > 0`;
  // ruleid: javascript-sql-injection
  const rows = await this.prisma.$queryRawUnsafe<LoanRow[]>(sql);
  // ok: javascript-sql-injection
  const safe = await this.prisma.$queryRawUnsafe<LoanRow[]>("SELECT id FROM loans WHERE branch = $1", req.params.branch);
  res.json({ rows, safe });
}
