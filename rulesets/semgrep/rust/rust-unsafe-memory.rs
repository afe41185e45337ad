fn parse(buf: &mut Vec<u8>, n: usize) -> &str {
    unsafe {
        // ruleid: rust-unsafe-memory-api
        buf.set_len(n);
        // ruleid: rust-unsafe-memory-api
        let f: f32 = std::mem::transmute(0u32);
        // ruleid: rust-unsafe-memory-api
        std::str::from_utf8_unchecked(buf)
    }
}

fn safe(buf: &[u8]) -> Result<&str, std::str::Utf8Error> {
    // ok: rust-unsafe-memory-api
    std::str::from_utf8(buf)
}
