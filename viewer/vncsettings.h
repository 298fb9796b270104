#pragma once

#include <QString>

// How a console talks to its VNC server.
struct VncSettings
{
    enum class Encoding { Automatic, Raw, Zrle, Tight };

    Encoding encoding = Encoding::Automatic;
    int jpegQuality = 6;   // 0..9, tight only; lower is smaller and blurrier
    int compressLevel = 6; // 0..9
    QString password;      // VNC password, when the server asks for one
    QString userName;      // VeNCrypt plain authentication
    // x509 files for VeNCrypt/TLS: a folder with ca-cert.pem, client-cert.pem and
    // client-key.pem (QEMU's names). Empty: ~/.pki/libvirt-vnc, then /etc/pki/libvirt-vnc.
    QString tlsDirectory;
    // Whether the clipboard is shared with the guest from the start (see
    // VncClient::setClipboardSharing). Off: nothing of the clipboard is sent or taken.
    bool clipboard = false;

    // libvncclient's space-separated encodingsString. Automatic means raw on a
    // local link (no decoding cost, bandwidth is free) and tight otherwise.
    static QString encodingsString(Encoding encoding, bool localLink);
    static QString encodingName(Encoding encoding);
};
