package documents

import (
	"archive/tar"
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func Unpack(archive, dest string) error {
	r, err := zip.OpenReader(archive)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, f := range r.File {
		target := filepath.Join(dest, f.Name)
		// ruleid: go-zip-slip
		out, err := os.Create(target)
		if err != nil {
			return err
		}
		rc, _ := f.Open()
		io.Copy(out, rc)
		out.Close()
	}
	return nil
}

func UnpackChecked(archive, dest string) error {
	r, err := zip.OpenReader(archive)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, f := range r.File {
		target := filepath.Join(dest, f.Name)
		if !strings.HasPrefix(target, filepath.Clean(dest)+string(os.PathSeparator)) {
			return os.ErrPermission
		}
		// ok: go-zip-slip
		out, err := os.Create(target)
		if err != nil {
			return err
		}
		out.Close()
	}
	return nil
}

func Restore(in io.Reader, dest string) error {
	tr := tar.NewReader(in)
	for {
		hdr, err := tr.Next()
		if err != nil {
			return err
		}
		// ruleid: go-zip-slip
		if err := os.WriteFile(filepath.Join(dest, hdr.Name), nil, 0o600); err != nil {
			return err
		}
		// ok: go-zip-slip
		os.WriteFile(filepath.Join(dest, filepath.Base(hdr.Name)), nil, 0o600)
	}
}

func SaveReport(dest string, data []byte) error {
	// ok: go-zip-slip
	return os.WriteFile(filepath.Join(dest, "report.json"), data, 0o600)
}
