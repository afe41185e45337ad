# Rack::Cors with any origin and credentials, and echoes in a file that sends
# Access-Control-Allow-Credentials: true (high).
Rails.application.config.middleware.insert_before 0, Rack::Cors do
  # ruleid: ruby-cors-wildcard-credentials
  allow do
    origins "*"
    resource "/api/*", headers: :any, methods: %i[get post], credentials: true
  end

  # ruleid: ruby-cors-wildcard-credentials
  allow do
    origins { |source, env| true }
    resource "*", headers: :any, methods: :any, credentials: true
  end

  # ruleid: ruby-cors-wildcard-credentials
  allow do
    origins /.*/
    resource "*", credentials: true, methods: :any
  end

  # ok: ruby-cors-wildcard-credentials
  allow do
    origins "https://lk.example.kz"
    resource "*", headers: :any, methods: :any, credentials: true
  end

  # any origin without credentials: a browser sends no cookies (public data)
  # ok: ruby-cors-wildcard-credentials
  allow do
    origins "*"
    resource "/rates/*", headers: :any, methods: :get
  end

  # ok: ruby-cors-wildcard-credentials
  allow do
    origins { |source, env| ALLOWED_ORIGINS.include?(source) }
    resource "*", headers: :any, methods: :any, credentials: true
  end
end

class LoansController < ApplicationController
  ALLOWED = %w[https://lk.example.kz].freeze

  before_action :cors_headers

  def cors_headers
    response.headers["Access-Control-Allow-Credentials"] = "true"
    # ruleid: ruby-cors-wildcard-credentials
    response.headers["Access-Control-Allow-Origin"] = request.headers["Origin"]
    origin = request.env["HTTP_ORIGIN"]
    if ALLOWED.include?(origin)
      # ok: ruby-cors-wildcard-credentials
      response.headers["Access-Control-Allow-Origin"] = origin
    else
      # the else branch is every origin the list refused
      # ruleid: ruby-cors-wildcard-credentials
      response.headers["Access-Control-Allow-Origin"] = origin
    end
  end
end
