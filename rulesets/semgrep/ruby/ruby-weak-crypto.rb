def store(user, password)
  # ruleid: ruby-weak-hash
  user.password_digest = Digest::MD5.hexdigest(password)
  # ruleid: ruby-weak-hash
  sig = OpenSSL::Digest.new("SHA1")
  # ok: ruby-weak-hash
  user.password_digest = BCrypt::Password.create(password)
  # ok: ruby-weak-hash
  etag = Digest::SHA256.hexdigest(body)
  # a call without parentheses
  # ruleid: ruby-weak-hash
  digest = Digest::MD5.new
  # ruleid: ruby-weak-hash
  fingerprint = Digest::SHA1.new.update(password).to_s
  # ruleid: ruby-weak-hash
  legacy = OpenSSL::Digest::MD5.new
  # ok: ruby-weak-hash
  digest = Digest::SHA256.new
end

def encrypt(data, key)
  # ruleid: ruby-weak-cipher
  c = OpenSSL::Cipher.new("des-ede3-cbc")
  # ruleid: ruby-weak-cipher
  c = OpenSSL::Cipher.new("aes-128-ecb")
  # ok: ruby-weak-cipher
  c = OpenSSL::Cipher.new("aes-256-gcm")
  # ruleid: ruby-weak-cipher
  c = OpenSSL::Cipher::DES.new.encrypt
  # ruleid: ruby-weak-cipher
  c = OpenSSL::Cipher::RC4.new
  # ruleid: ruby-weak-cipher
  c = OpenSSL::Cipher::AES.new(128, :ECB)
  # ruleid: ruby-weak-cipher
  c = OpenSSL::Cipher::AES256.new(:ECB)
  # ok: ruby-weak-cipher
  c = OpenSSL::Cipher::AES256.new(:CBC)
  # ok: ruby-weak-cipher
  c = OpenSSL::Cipher::AES.new(256, :GCM)
end

def issue
  # ruleid: ruby-insecure-random-token
  otp_code = rand(100000..999999)
  # ruleid: ruby-insecure-random-token
  reset_token = Random.new.bytes(16)
  # ok: ruby-insecure-random-token
  reset_token = SecureRandom.hex(16)
  # ok: ruby-insecure-random-token
  delay = rand(5)
  # `pin` counts only as a word of its own: pin, userPin, PIN_CODE, pinCode, not pinned or spinner
  # ruleid: ruby-insecure-random-token
  pin = rand(1000..9999)
  # ruleid: ruby-insecure-random-token
  user_pin = rand(1000..9999)
  # ruleid: ruby-insecure-random-token
  @pin = rand(1000..9999)
  # ruleid: ruby-insecure-random-token
  pin_code = rand(1000..9999)
  # ok: ruby-insecure-random-token
  pinned = rand(1000..9999)
  # ok: ruby-insecure-random-token
  spinner = rand(1000..9999)
  # ok: ruby-insecure-random-token
  shipping = rand(1000..9999)
  # ok: ruby-insecure-random-token
  mapping = rand(1000..9999)
  # ok: ruby-insecure-random-token
  pinyin = rand(1000..9999)
  # ok: ruby-insecure-random-token
  opinion = rand(1000..9999)
  # ok: ruby-insecure-random-token
  ping_interval = rand(1000..9999)
end
