package main

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

	"readwell/app/extract"
)

// apiErrors is the one table from error kind to HTTP status and the message
// a person sees. The message is the sentinel's own text: it names the
// problem, never internal detail (which goes to the log).
var apiErrors = []struct {
	err    error
	status int
}{
	{ErrBadRequest, http.StatusBadRequest},
	{ErrBadURL, http.StatusBadRequest},
	{ErrNoImageURL, http.StatusBadRequest},
	{ErrCrossSite, http.StatusForbidden},
	{ErrBlockedAddress, http.StatusForbidden},
	{extract.ErrTooLarge, http.StatusRequestEntityTooLarge},
	{ErrNotPage, http.StatusUnsupportedMediaType},
	{ErrNotImage, http.StatusUnsupportedMediaType},
	{extract.ErrNotText, http.StatusUnsupportedMediaType},
	{extract.ErrNoArticle, http.StatusUnprocessableEntity},
	{ErrTooManyRedirect, http.StatusBadGateway},
	{ErrUpstreamStatus, http.StatusBadGateway},
	{ErrUpstream, http.StatusBadGateway},
	{ErrFetchTimeout, http.StatusGatewayTimeout},
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
	status, msg := http.StatusInternalServerError, "api: something went wrong on the server"
	for _, e := range apiErrors {
		if errors.Is(err, e.err) {
			status, msg = e.status, e.err.Error()
			break
		}
	}
	level := slog.LevelInfo
	if status >= 500 && status != http.StatusBadGateway && status != http.StatusGatewayTimeout {
		level = slog.LevelError
	}
	logger.Log(r.Context(), level, "api error", slog.String("path", r.URL.Path), slog.Int("status", status), slog.String("err", err.Error()))
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(apiError{Error: msg, Status: status})
}
