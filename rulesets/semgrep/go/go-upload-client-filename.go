package upload

import (
	"io"
	"net/http"
	"os"
	"path/filepath"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
)

func saveScan(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("passport")
	if err != nil {
		return
	}
	defer file.Close()
	dst := filepath.Join("/srv/uploads", filepath.Base(header.Filename))
	// ruleid: go-upload-client-filename
	out, _ := os.Create(dst)
	io.Copy(out, file)

	name := uuid.NewString() + ".jpg"
	// ok: go-upload-client-filename
	out2, _ := os.Create(filepath.Join("/srv/uploads", name))
	io.Copy(out2, file)
}

func saveContract(c *gin.Context) {
	fh, err := c.FormFile("contract")
	if err != nil {
		return
	}
	// ruleid: go-upload-client-filename
	c.SaveUploadedFile(fh, "/srv/uploads/"+fh.Filename)
	// ok: go-upload-client-filename
	c.SaveUploadedFile(fh, "/srv/uploads/"+uuid.NewString()+".pdf")
}
