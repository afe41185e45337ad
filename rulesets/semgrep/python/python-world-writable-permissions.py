import os
import stat

# ruleid: python-world-writable-permissions
os.chmod("/srv/mfo/uploads/contract.pdf", 0o777)
# ruleid: python-world-writable-permissions
os.makedirs("/srv/mfo/exports", mode=0o766, exist_ok=True)
# ruleid: python-world-writable-permissions
os.chmod("/srv/mfo/keys", stat.S_IRWXU | stat.S_IRWXO)
# ok: python-world-writable-permissions
os.chmod("/srv/mfo/uploads/contract.pdf", 0o600)
# ok: python-world-writable-permissions
os.makedirs("/srv/mfo/exports", mode=0o750, exist_ok=True)
# ruleid: python-world-writable-permissions
os.umask(0)
