package params

import (
	"math"
	"net/http"
	"strconv"
)

func term(r *http.Request) int16 {
	num, _ := strconv.Atoi(r.URL.Query().Get("term"))
	// ruleid: go-integer-narrowing-conversion
	return int16(num)
}

func count(s string) int32 {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0
	}
	// ruleid: go-integer-narrowing-conversion
	return int32(n)
}

func port(s string) uint16 {
	p, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	// ruleid: go-integer-narrowing-conversion
	var v uint16 = uint16(p)
	return v
}

func checked(s string) int16 {
	num, err := strconv.Atoi(s)
	if err != nil || num < math.MinInt16 || num > math.MaxInt16 {
		return 0
	}
	// ok: go-integer-narrowing-conversion
	return int16(num)
}

func sized(s string) int32 {
	n, _ := strconv.ParseInt(s, 10, 32)
	// ok: go-integer-narrowing-conversion
	return int32(n)
}

func widen(s string) int64 {
	n, _ := strconv.Atoi(s)
	// ok: go-integer-narrowing-conversion
	return int64(n)
}
