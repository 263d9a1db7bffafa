#include "ConsentAudio.h"

#include "ConsentApi.h"

#include <QtEndian>
#include <cmath>
#include <numbers>

namespace counterdesk::sandbox::ConsentAudio {

namespace {

constexpr int kSampleRate = 8000;

void appendLe32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLe16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

// One tone with a short fade in and out, so it does not click.
void appendTone(QByteArray& pcm, double hertz, int milliseconds)
{
    const int samples = kSampleRate * milliseconds / 1000;
    const int fade = kSampleRate / 50;
    for (int i = 0; i < samples; ++i) {
        const double envelope = std::min({1.0, double(i) / fade, double(samples - i) / fade});
        const double value = 0.3 * envelope * std::sin(2.0 * std::numbers::pi * hertz * i / kSampleRate);
        appendLe16(pcm, static_cast<quint16>(static_cast<qint16>(value * 32767.0)));
    }
}

} // namespace

QByteArray chimeWav()
{
    QByteArray pcm;
    appendTone(pcm, 660.0, 600);
    appendTone(pcm, 880.0, 900);
    QByteArray wav;
    wav.append("RIFF");
    appendLe32(wav, static_cast<quint32>(36 + pcm.size()));
    wav.append("WAVEfmt ");
    appendLe32(wav, 16);              // fmt chunk size
    appendLe16(wav, 1);               // PCM
    appendLe16(wav, 1);               // mono
    appendLe32(wav, kSampleRate);     // samples per second
    appendLe32(wav, kSampleRate * 2); // bytes per second
    appendLe16(wav, 2);               // bytes per frame
    appendLe16(wav, 16);              // bits per sample
    wav.append("data");
    appendLe32(wav, static_cast<quint32>(pcm.size()));
    wav.append(pcm);
    return wav;
}

http::HttpReply handle(http::HttpMethod method, const QString& path)
{
    const QString name = path.mid(qsizetype(sizeof(Prefix)) - 1);
    if (!ConsentApi::hasAudio(name))
        return http::HttpReply::notFound(path);
    if (method != http::HttpMethod::Get)
        return http::HttpReply::methodNotAllowed();
    http::HttpReply reply;
    reply.contentType = "audio/wav";
    static const QByteArray wav = chimeWav();
    reply.body = wav;
    return reply;
}

} // namespace counterdesk::sandbox::ConsentAudio
