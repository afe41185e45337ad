package codec

import (
	"reflect"
	"unsafe"
)

func field(base unsafe.Pointer, off uintptr) *int32 {
	// ruleid: go-unsafe-memory
	return (*int32)(unsafe.Pointer(uintptr(base) + off))
}

func bytesToString(b []byte) string {
	// ruleid: go-unsafe-memory
	hdr := (*reflect.SliceHeader)(unsafe.Pointer(&b))
	_ = hdr
	// ok: go-unsafe-memory
	return string(b)
}

func size() uintptr {
	var x int64
	// ok: go-unsafe-memory
	return unsafe.Sizeof(x)
}
