import warnings

import requests
import urllib3
from urllib3.exceptions import InsecureRequestWarning

# ruleid: python-tls-warnings-disabled
urllib3.disable_warnings()
# ruleid: python-tls-warnings-disabled
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
# ruleid: python-tls-warnings-disabled
requests.packages.urllib3.disable_warnings(InsecureRequestWarning)
# ruleid: python-tls-warnings-disabled
warnings.filterwarnings("ignore", category=InsecureRequestWarning)
# ruleid: python-tls-warnings-disabled
warnings.simplefilter("ignore", InsecureRequestWarning)
# ok: python-tls-warnings-disabled
warnings.filterwarnings("ignore", category=DeprecationWarning)
# ok: python-tls-warnings-disabled
warnings.simplefilter("default")
