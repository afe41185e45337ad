import { CanActivate, ExecutionContext, Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';

@Injectable()
export class LoanPermissionMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction) {
    // ruleid: javascript-access-check-skipped-for-ajax
    if (req.xhr) {
      return next();
    }
    if (!(req as any).user?.permissions?.includes('loans:approve')) {
      res.status(403).end();
      return;
    }
    next();
  }
}

@Injectable()
export class RolesGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    // ruleid: javascript-access-check-skipped-for-ajax
    if (request.headers['x-requested-with'] === 'XMLHttpRequest') {
      return true;
    }
    return request.user?.roles?.includes('admin');
  }
}

@Injectable()
export class AdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    // ok: javascript-access-check-skipped-for-ajax
    if (request.xhr && !request.user) {
      return false;
    }
    return request.user?.isAdmin === true;
  }
}
