class WebhooksController < ApplicationController
  # ruleid: ruby-csrf-protection-disabled
  skip_before_action :verify_authenticity_token
  # ok: ruby-csrf-protection-disabled
  protect_from_forgery with: :exception

  def call_bureau(uri)
    http = Net::HTTP.new(uri.host, uri.port)
    http.use_ssl = true
    # ruleid: ruby-tls-verification-disabled
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE
    # ok: ruby-tls-verification-disabled
    http.verify_mode = OpenSSL::SSL::VERIFY_PEER
  end
end

def client
  # ruleid: ruby-tls-verification-disabled
  Faraday.new(url: BUREAU_URL, ssl: { verify: false })
end

# A client library implementing its caller's opt-out: VERIFY_NONE in the branch a verification
# setting selects. `ssl`/`tls` alone select TLS, and turning its checks off there is the flaw.
module HttpAdapter
  def ssl_verify_mode(ssl)
    ssl[:verify_mode] || begin
      if ssl.fetch(:verify, true)
        OpenSSL::SSL::VERIFY_PEER
      else
        # ok: ruby-tls-verification-disabled
        OpenSSL::SSL::VERIFY_NONE
      end
    end
  end

  def insecure_mode(options)
    # ok: ruby-tls-verification-disabled
    options[:insecure] ? OpenSSL::SSL::VERIFY_NONE : OpenSSL::SSL::VERIFY_PEER
  end

  def connect(http, use_ssl)
    if use_ssl
      # ruleid: ruby-tls-verification-disabled
      http.verify_mode = OpenSSL::SSL::VERIFY_NONE
    end
  end
end
