// Configuration read through @nestjs/config's ConfigService, with a value written in the code as the default.
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

export function typeOrmOptions(config: ConfigService) {
  return {
    host: config.get<string>('LEDGER_DB_HOST', 'localhost'),
    port: config.get<number>('LEDGER_DB_PORT', 5432),
    username: config.get<string>('LEDGER_DB_USER', 'ledger'),
    // ruleid: javascript-secret-env-fallback
    password: config.get<string>('LEDGER_DB_PASSWORD', 'ledger-local-pass'),
    // ok: javascript-secret-env-fallback
    database: config.get<string>('LEDGER_DB_NAME', 'ledger'),
  };
}

@Injectable()
export class PayoutSigner {
  constructor(private readonly configService: ConfigService) {}

  key(): string {
    // ruleid: javascript-secret-env-fallback
    return this.configService.get('PAYOUT_SIGNING_KEY', 'sign-me-locally');
  }

  namespacedKey(): string {
    // ruleid: javascript-secret-env-fallback
    return this.configService.get<string>('payout.hmacSecret', 'local-hmac');
  }

  required(): string {
    // ok: javascript-secret-env-fallback
    return this.configService.getOrThrow<string>('PAYOUT_SIGNING_KEY');
  }

  noDefault(): string | undefined {
    // ok: javascript-secret-env-fallback
    return this.configService.get<string>('PAYOUT_SIGNING_KEY');
  }

  emptyDefault(): string {
    // ok: javascript-secret-env-fallback
    return this.configService.get<string>('PAYOUT_SIGNING_KEY', '');
  }

  expiry(): string {
    // ok: javascript-secret-env-fallback
    return this.configService.get<string>('JWT_SECRET_EXPIRES_IN', '8h');
  }
}

export function headerToken(headers: Map<string, string>, cache: { get(k: string, d: string): string }) {
  // a map or cache lookup is not configuration
  // ok: javascript-secret-env-fallback
  return cache.get('session_token', 'anonymous');
}
