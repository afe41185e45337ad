class SessionsController < ApplicationController
  def create
    # A name such as "bob\nStarted GET /admin" forges a second log line.
    # ruleid: ruby-log-injection
    Rails.logger.warn("failed login for #{params[:username]}")
    # ruleid: ruby-log-injection
    logger.info "search: " + params[:q]
    # ruleid: ruby-log-injection
    Rails.logger.info("client ref #{request.headers['X-Ref']}")
    # ok: ruby-log-injection
    Rails.logger.warn("failed login for #{params[:username].to_s.gsub(/[\r\n]/, '_')}")
    # ok: ruby-log-injection
    Rails.logger.warn("failed login for #{params[:username].inspect}")
    # ok: ruby-log-injection
    logger.info("loan #{params[:loan].to_i} requested")
    # ok: ruby-log-injection
    logger.info("login attempt")
    head :ok
  end
end
