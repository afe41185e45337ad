package storage

import "os"

func save(path string, data []byte) {
	// ruleid: go-world-writable-permissions
	os.WriteFile(path, data, 0666)
	// ruleid: go-world-writable-permissions
	os.MkdirAll("/var/lib/mfo/exports", os.ModePerm)
	// ok: go-world-writable-permissions
	os.WriteFile(path, data, 0600)
	// ok: go-world-writable-permissions
	os.MkdirAll("/var/lib/mfo/exports", 0750)
}
