package main

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"

	"readwell/app/extract"
)

// apiErrors is the one table from error kind to HTTP status and the message
// a person sees. The message is the sentinel's own text: it names the
// problem, never internal detail (which goes to the log). retryAfter, in
// seconds, is sent as Retry-After.
var apiErrors = []struct {
	err        error
	status     int
	retryAfter int
}{
	{ErrBadRequest, http.StatusBadRequest, 0},
	{ErrBadURL, http.StatusBadRequest, 0},
	{ErrNoImageURL, http.StatusBadRequest, 0},
	{ErrCrossSite, http.StatusForbidden, 0},
	{ErrBlockedAddress, http.StatusForbidden, 0},
	{extract.ErrTooLarge, http.StatusRequestEntityTooLarge, 0},
	{ErrNotJSON, http.StatusUnsupportedMediaType, 0},
	{ErrNotPage, http.StatusUnsupportedMediaType, 0},
	{ErrNotImage, http.StatusUnsupportedMediaType, 0},
	{extract.ErrNotText, http.StatusUnsupportedMediaType, 0},
	{extract.ErrNoArticle, http.StatusUnprocessableEntity, 0},
	{ErrTooManyRedirect, http.StatusBadGateway, 0},
	{ErrUpstreamStatus, http.StatusBadGateway, 0},
	{ErrUpstream, http.StatusBadGateway, 0},
	{ErrFetchTimeout, http.StatusGatewayTimeout, 0},
	{ErrBusy, http.StatusServiceUnavailable, 5},
	// The client went away or ran out of time: nobody reads the answer,
	// and the work stopped.
	{context.Canceled, http.StatusServiceUnavailable, 5},
	{context.DeadlineExceeded, http.StatusServiceUnavailable, 5},
}

// ErrBadRequest is a request the API cannot read.
var ErrBadRequest = errors.New("api: send JSON with exactly one of url, html or text")

// apiError is the JSON body of every API error.
type apiError struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// writeAPIError answers with the status and message for err.
func writeAPIError(w http.ResponseWriter, r *http.Request, logger *slog.Logger, err error) {
	status, msg, retryAfter := http.StatusInternalServerError, "api: something went wrong on the server", 0
	for _, e := range apiErrors {
		if errors.Is(err, e.err) {
			status, msg, retryAfter = e.status, e.err.Error(), e.retryAfter
			break
		}
	}
	level := slog.LevelInfo
	if status >= 500 && status != http.StatusBadGateway && status != http.StatusGatewayTimeout && status != http.StatusServiceUnavailable {
		level = slog.LevelError
	}
	logger.Log(r.Context(), level, "api error", slog.String("path", r.URL.Path), slog.Int("status", status), slog.String("err", err.Error()))
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	if retryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(retryAfter))
	}
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(apiError{Error: msg, Status: status})
}
