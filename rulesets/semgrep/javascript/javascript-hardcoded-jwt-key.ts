// The key that signs or checks JSON Web Tokens is a string written in the source, held in a
// class field or a module constant and passed to jsonwebtoken's sign/verify.
import * as jwt from 'jsonwebtoken';

// ruleid: javascript-hardcoded-jwt-key
const PORTAL_KEY = 'kredit-portal-hs256-key';
// ok: javascript-hardcoded-jwt-key
const KEY_NAME = 'portal';

export class ClientTokens {
  // ruleid: javascript-hardcoded-jwt-key
  private readonly signingKey = 'branch-desk-signing-key-41';
  private readonly issuer = 'loan-desk';
  private readonly envKey = process.env.CLIENT_TOKEN_KEY ?? '';

  async issue(clientId: string): Promise<string> {
    if (!clientId) return '';
    return jwt.sign({ sub: clientId, iss: this.issuer }, this.signingKey, { expiresIn: '15m' });
  }

  issueFromEnv(clientId: string): string {
    // ok: javascript-hardcoded-jwt-key
    return jwt.sign({ sub: clientId }, this.envKey, { expiresIn: '15m' });
  }
}

export class OfficerTokens {
  // ruleid: javascript-hardcoded-jwt-key
  private readonly verifyKey = 'officer-console-key-2023';

  check(token: string): unknown {
    try {
      return jwt.verify(token, this.verifyKey, { algorithms: ['HS256'] });
    } catch {
      return null;
    }
  }
}

export class AuditTokens {
  // ok: javascript-hardcoded-jwt-key
  private readonly label = 'audit-trail-export';

  issue(id: string, key: string): string {
    return jwt.sign({ id, label: this.label }, key);
  }
}

export function portalToken(userId: string): string {
  return jwt.sign({ sub: userId, kid: KEY_NAME }, PORTAL_KEY, { expiresIn: '1h' });
}
