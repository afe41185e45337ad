package main

// ruleid: go-debug-mode-enabled
import _ "net/http/pprof"

import (
	"os"

	"github.com/gin-gonic/gin"
)

func setup() {
	// ruleid: go-debug-mode-enabled
	gin.SetMode(gin.DebugMode)
	// ok: go-debug-mode-enabled
	gin.SetMode(gin.ReleaseMode)
	// ok: go-debug-mode-enabled
	gin.SetMode(os.Getenv("GIN_MODE"))
}
