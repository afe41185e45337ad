# ruleid: ruby-session-cookie-flags
Lender::Application.config.session_store :cookie_store, key: "_lender_session", httponly: false

# ruleid: ruby-session-cookie-flags
Rails.application.config.session_store :cookie_store, key: "_app_session", secure: false

# ok: ruby-session-cookie-flags
Rails.application.config.session_store :cookie_store, key: "_app_session", secure: true

class SessionsController < ApplicationController
  def remember(user)
    # ruleid: ruby-session-cookie-flags
    cookies[:auth_token] = { value: user.auth_token, httponly: false }
    # ok: ruby-session-cookie-flags
    cookies.signed[:auth_token] = { value: user.auth_token, httponly: true, secure: true }
  end
end
