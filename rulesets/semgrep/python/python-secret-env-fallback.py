import os

# ruleid: python-secret-env-fallback
SECRET_KEY = os.environ.get("SECRET_KEY", "django-insecure-local-only-key")
# ruleid: python-secret-env-fallback
JWT_SECRET = os.getenv("JWT_SECRET", "changeme")
# ruleid: python-secret-env-fallback
api_token = os.environ.get("PARTNER_API_TOKEN") or "dev-token-123"
# ok: python-secret-env-fallback
SECRET_KEY_FALLBACKS = os.environ.get("SESSION_COOKIE_NAME", "sessionid")
# ok: python-secret-env-fallback
JWT_ALGORITHM = os.getenv("JWT_ALGORITHM", "HS256")
# ok: python-secret-env-fallback
DB_PASSWORD = os.environ["DB_PASSWORD"]
# ok: python-secret-env-fallback
API_KEY = os.environ.get("API_KEY", "")
# ok: python-secret-env-fallback
SECRET_KEY_PATH = os.getenv("SECRET_KEY_PATH", "/run/secrets/key")
