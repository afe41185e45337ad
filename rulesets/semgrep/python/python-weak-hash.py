import hashlib
import hmac

from Crypto.Hash import MD5, SHA1
from cryptography.hazmat.primitives import hashes


def fingerprint_statement(statement: bytes) -> str:
    # ruleid: python-weak-hash
    digest = hashlib.md5()
    digest.update(statement)
    return digest.hexdigest()


def document_checksum(document: bytes) -> str:
    # ruleid: python-weak-hash
    return hashlib.sha1(document).hexdigest()


def checksum_by_name(data: bytes) -> str:
    # ruleid: python-weak-hash
    h = hashlib.new("md5")
    h.update(data)
    # ruleid: python-weak-hash
    legacy = hashlib.new("SHA1", data)
    return h.hexdigest() + legacy.hexdigest()


def pycryptodome_digest(data: bytes) -> str:
    # ruleid: python-weak-hash
    return MD5.new(data).hexdigest() + SHA1.new(data).hexdigest()


def cryptography_digest(data: bytes) -> bytes:
    # ruleid: python-weak-hash
    digest = hashes.Hash(hashes.MD5())
    digest.update(data)
    return digest.finalize()


def cache_key(url: str) -> str:
    # a declared non-security use (Python 3.9+)
    # ok: python-weak-hash
    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()


def etag(body: bytes) -> str:
    # ok: python-weak-hash
    return hashlib.new("md5", body, usedforsecurity=False).hexdigest()


def strong_checksum(data: bytes) -> str:
    # ok: python-weak-hash
    a = hashlib.sha256(data).hexdigest()
    # ok: python-weak-hash
    b = hashlib.new("sha512", data).hexdigest()
    # ok: python-weak-hash
    c = hashlib.sha3_256(data).hexdigest()
    return a + b + c


def signed(key: bytes, data: bytes) -> str:
    # HMAC-SHA1 is not broken by SHA-1's collisions
    # ok: python-weak-hash
    return hmac.new(key, data, hashlib.sha1).hexdigest()


def strong_cryptography_digest(data: bytes) -> bytes:
    # ok: python-weak-hash
    digest = hashes.Hash(hashes.SHA256())
    digest.update(data)
    return digest.finalize()


def tariff_etag(content: bytes) -> str:
    # a digest that only names a version of a public file for caches is not a security use
    # ok: python-weak-hash
    etag = hashlib.md5(content).hexdigest()
    # ok: python-weak-hash
    cache_key = "tariff:" + hashlib.sha1(content).hexdigest()
    # ruleid: python-weak-hash
    signature = hashlib.sha1(content).hexdigest()
    return etag + cache_key + signature
