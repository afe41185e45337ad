import { Controller, Get, Query, Redirect, Res } from "@nestjs/common";
import { Response } from "express";

class ReturnDto {
  returnUrl: string;
}

@Controller("loans")
export class LoanReturnController {
  @Get("back")
  @Redirect()
  back(@Query("next") next: string) {
    // ruleid: javascript-open-redirect
    return { url: next };
  }

  @Get("back-dto")
  @Redirect("/loans", 302)
  backDto(@Query() query: ReturnDto) {
    const url = query.returnUrl;
    // ruleid: javascript-open-redirect
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
    // ok: javascript-open-redirect
    return { url: "/loans", statusCode: 302 };
  }

  @Get("status")
  status(@Query("next") next: string) {
    // ok: javascript-open-redirect
    return { url: next };
  }
}
