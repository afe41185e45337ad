class ExportsController < ApplicationController
  def download
    type = params[:type]
    # ruleid: ruby-response-header-injection
    response.set_header("Content-Type", type)
    render plain: "ok"
  end

  def named
    # ruleid: ruby-response-header-injection
    response.headers["Content-Disposition"] = "attachment; filename=#{params[:name]}"
    send_data report_bytes
  end

  def tracked
    # ruleid: ruby-response-header-injection
    headers["X-Client-Ref"] = request.headers["X-Ref"]
    head :ok
  end

  def lang
    # ruleid: ruby-response-header-injection
    response.headers["Content-Language"] = cookies[:lang]
    head :ok
  end

  def fixed_type
    # ok: ruby-response-header-injection
    response.set_header("Content-Type", "application/pdf")
    head :ok
  end

  def allowed_type
    type = ALLOWED_TYPES.fetch(params[:type], "text/plain")
    # ok: ruby-response-header-injection
    response.set_header("Content-Type", type)
    head :ok
  end

  def escaped_name
    name = ERB::Util.url_encode(params[:name])
    # ok: ruby-response-header-injection
    response.headers["Content-Disposition"] = "attachment; filename*=UTF-8''#{name}"
    head :ok
  end

  def numeric
    # ok: ruby-response-header-injection
    response.headers["X-Page"] = params[:page].to_i.to_s
    head :ok
  end
end

class PartnerClient
  def call_partner(params)
    headers = { "Accept" => "application/json" }
    # ok: ruby-response-header-injection
    headers["X-Partner-Ref"] = params[:ref]
    Net::HTTP.post(URI(PARTNER_URL), "", headers)
  end
end

class PolicyMiddleware
  def call(env)
    request = ActionDispatch::Request.new env
    _, headers, _ = response = @app.call(env)
    policy = request.content_security_policy
    # ok: ruby-response-header-injection
    response.set_header("Content-Security-Policy", policy.build)
    response
  end
end
