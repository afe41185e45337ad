require "securerandom"

class OtpService
  def issue(borrower)
    # ruleid: ruby-insecure-random
    otp = rand(100_000..999_999)
    # ruleid: ruby-insecure-random
    sms_code = Random.rand(1_000_000).to_s.rjust(6, "0")
    # ruleid: ruby-insecure-random
    reset_token = Array.new(32) { rand(36).to_s(36) }.join
    # ruleid: ruby-insecure-random
    @session_id = Random.new.rand(2**64).to_s(16)
    # ruleid: ruby-insecure-random
    pin = Kernel.rand(10_000)
    # ruleid: ruby-insecure-random
    api_key = ("a".."z").to_a.sample(24).join
    # ok: ruby-insecure-random
    otp_secure = SecureRandom.random_number(1_000_000)
    # ok: ruby-insecure-random
    token = SecureRandom.urlsafe_base64(32)
    # ok: ruby-insecure-random
    delay = rand(0.5..1.5)
    # ok: ruby-insecure-random
    shipping_days = rand(3..7)
    # ok: ruby-insecure-random
    spinner = rand(4)
    # ruleid: ruby-insecure-random
    password = Array.new(10) { CHARS.sample }.join
    # one of the codes already issued, picked (a choice, not a value generated)
    # ok: ruby-insecure-random
    code = @backup_codes.sample
    # ok: ruby-insecure-random
    password_sec = CHARS.shuffle(random: SecureRandom).join
    # ok: ruby-insecure-random
    pin_sec = CHARS.sample(4, random: SecureRandom).join
    [password, code, password_sec, pin_sec, otp, sms_code, reset_token, pin, api_key, otp_secure, token, delay, shipping_days, spinner]
  end

  def generate_password
    # ruleid: ruby-insecure-random
    (0...12).map { rand(65..90).chr }.join
  end

  def verify_one_backup_code
    # a spec picking one of the codes issued, inside a do block
    it "invalidates a code" do
      # ok: ruby-insecure-random
      code = @backup_codes.sample
      code
    end
  end

  def jitter
    # ok: ruby-insecure-random
    sleep(rand * 0.2)
  end
end
