import { Body, Controller, Get, Post, Query, Redirect, Req, Res } from "@nestjs/common";
import { Request, Response } from "express";

class ReturnDto {
  returnUrl: string;
}

@Controller("loans")
export class LoanReturnController {
  @Get("back")
  @Redirect()
  back(@Query("next") next: string) {
    // ruleid: javascript-nest-redirect-from-request
    return { url: next };
  }

  @Get("back-dto")
  @Redirect("/loans", 302)
  backDto(@Query() query: ReturnDto) {
    const url = query.returnUrl;
    // ruleid: javascript-nest-redirect-from-request
    return { url };
  }

  @Get("back-res")
  backRes(@Query() query: ReturnDto, @Res() res: Response) {
    // ruleid: javascript-open-redirect
    res.redirect(302, query.returnUrl);
  }

  @Get("home")
  @Redirect()
  home(@Query("next") next: string) {
    // ok: javascript-nest-redirect-from-request
    return { url: "/loans", statusCode: 302 };
  }

  @Get("status")
  status(@Query("next") next: string) {
    // ok: javascript-nest-redirect-from-request
    return { url: next };
  }

  // an OAuth callback: the service builds the URL from the code and state
  @Get("oauth/callback")
  @Redirect()
  async oauthCallback(@Query("code") code: string, @Query("state") state: string) {
    const target = await this.oauth.finish(code, state);
    // ok: javascript-nest-redirect-from-request
    return { url: target, statusCode: 302 };
  }

  @Get("back-prefixed")
  @Redirect()
  backPrefixed(@Query("next") next: string) {
    // ruleid: javascript-nest-redirect-from-request
    return { url: `https://lender.kz${next}` };
  }

  @Get("back-local")
  @Redirect()
  backLocal(@Query("id") id: string) {
    // ok: javascript-nest-redirect-from-request
    return { url: `/loans/${id}` };
  }

  @Post("apply")
  @Redirect()
  apply(@Body() dto: ReturnDto, @Req() req: Request) {
    // ok: javascript-nest-redirect-from-request
    return { url: `${req.headers.referer}#applied`, statusCode: 302 };
  }
}
