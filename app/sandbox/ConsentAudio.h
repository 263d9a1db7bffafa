// ConsentAudio: the consent "recording" an audioUrl points at.
//
// Eko's consent details may carry an audioUrl the customer listens to. The
// sandbox cannot speak Hindi, but the client's play button still needs a
// real URL a system player can open: the sandbox serves a short generated
// chime (a WAV) at http://HOST:PORT/sandbox/media/NAME, unsigned like a
// CDN file, for the names consent.json lists. It stands in for a
// recording; nobody should mistake it for one.
#pragma once

#include "http/HttpReply.h"
#include "http/HttpRequest.h"

#include <QByteArray>
#include <QString>

namespace counterdesk::sandbox::ConsentAudio {

inline constexpr char Prefix[] = "/sandbox/media/";

// path is the full decoded path, starting with Prefix.
http::HttpReply handle(http::HttpMethod method, const QString& path);

// A mono 16-bit PCM WAV of about a second and a half: two soft tones.
QByteArray chimeWav();

} // namespace counterdesk::sandbox::ConsentAudio
