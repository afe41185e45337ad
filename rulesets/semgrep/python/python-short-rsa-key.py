from Crypto.PublicKey import RSA
from cryptography.hazmat.primitives.asymmetric import rsa

# ruleid: python-short-rsa-key
k1 = rsa.generate_private_key(public_exponent=65537, key_size=1024)
# ok: python-short-rsa-key
k2 = rsa.generate_private_key(public_exponent=65537, key_size=3072)
# ruleid: python-short-rsa-key
k3 = RSA.generate(512)
# ok: python-short-rsa-key
k4 = RSA.generate(2048)
