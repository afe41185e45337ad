import { Body, Controller, Get, Headers, Logger, Post, Query, Req } from "@nestjs/common";

@Controller("kz/rates")
export class RatesController {
  private readonly logger = new Logger(RatesController.name);

  @Get()
  list(@Headers("user-agent") agent: string, @Query("currency") currency: string) {
    // a header's value holds no line break as the HTTP parser passes it
    // ok: javascript-log-injection
    this.logger.log(`rates requested by ${agent}`);
    // ruleid: javascript-log-injection
    this.logger.log(`rates requested for ${currency}`);
    return [];
  }

  @Post("alerts")
  alert(@Req() req: any, @Body() body: { note: string }) {
    // ok: javascript-log-injection
    this.logger.warn(`rate alert from ${req.headers["x-forwarded-for"]} via ${req.get("user-agent")}`);
    // ruleid: javascript-log-injection
    this.logger.warn(`rate alert note ${req.body.note}`);
    // ruleid: javascript-log-injection
    this.logger.warn(`rate alert text ${body.note}`);
    return { ok: true };
  }
}
