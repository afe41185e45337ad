# No Access-Control-Allow-Credentials header is sent anywhere in this file: an echoed Origin
# lets any site read only what an anonymous request can (medium).
class RatesController < ApplicationController
  ALLOWED = %w[https://lk.example.kz].freeze

  def cors
    # ruleid: ruby-cors-reflected-origin
    response.headers["Access-Control-Allow-Origin"] = request.headers["Origin"]
    # ruleid: ruby-cors-reflected-origin
    headers["Access-Control-Allow-Origin"] = request.origin
    origin = request.env["HTTP_ORIGIN"]
    # a check of the method, not of the origin
    if request.method == "OPTIONS"
      # ruleid: ruby-cors-reflected-origin
      response.headers["Access-Control-Allow-Origin"] = origin
    end
    # a header that is merely present is any origin
    if origin.present?
      # ruleid: ruby-cors-reflected-origin
      response.headers["Access-Control-Allow-Origin"] = origin
    end
    if ALLOWED.include?(origin)
      # ok: ruby-cors-reflected-origin
      response.headers["Access-Control-Allow-Origin"] = origin
    else
      # the else branch is every origin the list refused
      # ruleid: ruby-cors-reflected-origin
      response.headers["Access-Control-Allow-Origin"] = origin
    end
    if origin == "https://lk.example.kz"
      # ok: ruby-cors-reflected-origin
      response.headers["Access-Control-Allow-Origin"] = origin
    end
    unless ALLOWED.include?(origin)
      # ruleid: ruby-cors-reflected-origin
      response.headers["Access-Control-Allow-Origin"] = origin
    end
    # ok: ruby-cors-reflected-origin
    response.headers["Access-Control-Allow-Origin"] = "*"
  end

  def checked_first
    origin = request.headers["Origin"]
    return head(:forbidden) unless ALLOWED.include?(origin)

    # ok: ruby-cors-reflected-origin
    response.headers["Access-Control-Allow-Origin"] = origin
  end
end

# Sinatra / Rack
get "/rates" do
  # ruleid: ruby-cors-reflected-origin
  headers "Access-Control-Allow-Origin" => request.env["HTTP_ORIGIN"]
  "[]"
end

class PresentOnlyController < ApplicationController
  def cors
    origin = request.headers["Origin"]
    return unless origin.present?

    # ruleid: ruby-cors-reflected-origin
    response.headers["Access-Control-Allow-Origin"] = origin
  end
end
