"""HTTP service (``pip install 'khulasa[server]'``): the API and the Arabic web page.

>>> from khulasa.service import create_app, Limits
>>> app = create_app(Limits(max_documents=20))
"""

from khulasa.service.app import create_app
from khulasa.service.limits import Limits

__all__ = ["Limits", "create_app"]
