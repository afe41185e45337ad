import os

from Crypto.Cipher import AES, DES, DES3, ARC4
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = os.environ["CARD_KEY"].encode()

# ruleid: python-weak-cipher
des = DES.new(KEY[:8], DES.MODE_CBC, os.urandom(8))
# ruleid: python-weak-cipher
rc4 = ARC4.new(KEY)
# ruleid: python-weak-cipher
ecb = AES.new(KEY, AES.MODE_ECB)
# ruleid: python-weak-cipher
fixed = AES.new(KEY, AES.MODE_CBC, b"0000000000000000")
IV = b"1234567890abcdef"
# ruleid: python-weak-cipher
fixed2 = AES.new(KEY, AES.MODE_CBC, IV)
# ruleid: python-weak-cipher
c = Cipher(algorithms.AES(KEY), modes.ECB())
# ruleid: python-weak-cipher
c2 = Cipher(algorithms.TripleDES(KEY), modes.CBC(os.urandom(8)))
# ok: python-weak-cipher
good = AES.new(KEY, AES.MODE_GCM, nonce=os.urandom(12))
# ok: python-weak-cipher
c3 = Cipher(algorithms.AES(KEY), modes.CBC(os.urandom(16)))
# ok: python-weak-cipher
ct = AESGCM(KEY).encrypt(os.urandom(12), b"card", None)
