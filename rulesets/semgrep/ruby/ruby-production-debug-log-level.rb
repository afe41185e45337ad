Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  # ruleid: ruby-production-debug-log-level
  config.log_level = :debug
  # ruleid: ruby-production-debug-log-level
  config.log_level = "debug"
  # ruleid: ruby-production-debug-log-level
  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "debug")
  # ruleid: ruby-production-debug-log-level
  config.logger.level = Logger::DEBUG
  # ruleid: ruby-production-debug-log-level
  Rails.logger.level = :debug
  # ok: ruby-production-debug-log-level
  config.log_level = :info
  # ok: ruby-production-debug-log-level
  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info")
  # ok: ruby-production-debug-log-level
  config.log_level = ENV["LOG_LEVEL"] || :warn
  # ok: ruby-production-debug-log-level
  config.log_tags = [:request_id]
end
