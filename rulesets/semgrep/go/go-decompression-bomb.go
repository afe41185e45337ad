package upload

import (
	"bytes"
	"compress/gzip"
	"io"
)

func unpack(r io.Reader) ([]byte, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	// ruleid: go-decompression-bomb
	return io.ReadAll(zr)
}

func unpackLimited(r io.Reader) ([]byte, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	// ok: go-decompression-bomb
	_, err = io.CopyN(&buf, zr, 10<<20)
	return buf.Bytes(), err
}

func plain(r io.Reader) ([]byte, error) {
	// ok: go-decompression-bomb
	return io.ReadAll(io.LimitReader(r, 1<<20))
}
