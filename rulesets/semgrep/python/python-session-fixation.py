from aiohttp_session import get_session, new_session


async def login_fixed_session(request):
    session = await get_session(request)
    data = await request.post()
    user = await find_user(data["username"], data["password"])
    if user:
        # ruleid: python-session-fixation
        session["user_id"] = user.id
    return {}


async def login_new_session(request):
    data = await request.post()
    user = await find_user(data["username"], data["password"])
    if user:
        session = await new_session(request)
        # ok: python-session-fixation
        session["user_id"] = user.id
    return {}


async def remember_visit(request):
    session = await get_session(request)
    # ok: python-session-fixation
    session["last_visited"] = "now"


def django_login_by_hand(request, user):
    # ruleid: python-session-fixation
    request.session["user_id"] = user.pk


def django_login_rotated(request, user):
    request.session.cycle_key()
    # ok: python-session-fixation
    request.session["user_id"] = user.pk


def django_login(request, user):
    login(request, user)
    # ok: python-session-fixation
    request.session["customer_id"] = user.customer_id
