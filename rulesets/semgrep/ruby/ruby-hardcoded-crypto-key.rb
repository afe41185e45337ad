def encrypt(text)
  cipher = OpenSSL::Cipher.new("aes-256-cbc").encrypt
  # ruleid: ruby-hardcoded-crypto-key
  cipher.key = "0123456789abcdef0123456789abcdef"
  digest = Digest::SHA256.new
  c2 = OpenSSL::Cipher::AES256.new(:CBC).encrypt
  # ruleid: ruby-hardcoded-crypto-key
  c2.key = digest.digest("lender-portal")
  # ruleid: ruby-hardcoded-crypto-key
  c2.key = Digest::SHA256.digest("lender-portal")
  # ok: ruby-hardcoded-crypto-key
  c2.key = Rails.application.credentials.dig(:statement_key)
  # ok: ruby-hardcoded-crypto-key
  c2.key = digest.digest(ENV.fetch("STATEMENT_KEY"))
  # ok: ruby-hardcoded-crypto-key
  c2.key = cipher.random_key
  # ok: ruby-hardcoded-crypto-key
  c2.iv = cipher.random_iv
  cipher.update(text) + cipher.final
end
