#!/usr/bin/python3
"""Generate a libvirt test-driver host file with many domains.

The file is a <node> document for the libvirt "test" driver and can be
opened as  test:///ABSOLUTE/PATH.xml  by virsh, virt-manager or QVirt.

Domains get names in several scripts (ASCII, Chinese, Japanese, Korean,
Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, emoji, accented Latin),
every virDomainState run state (1..7, via <test:runstate>), varied vCPU
counts and memory sizes, and roughly a third of them a <title>.

With running=True every domain runs (bench/stats); with devices=True each
has one disk and one interface, so that disk and network statistics have
something to read (virsh domblkstat NAME vda, domifstat NAME qvbNNNNN).

Usage as a script:
    genhost.py COUNT OUTPUT.xml [--seed N] [--running] [--devices]
As a module:
    genhost.write_host(path, count, seed=1, running=False, devices=False)
        -> list of domain dicts (name, state, disk, iface, ...)
"""

import argparse
import random
import sys
import uuid
from xml.sax.saxutils import escape

TEST_NS = "http://libvirt.org/schemas/domain/test/1.0"

# virDomainState numbers accepted by <test:runstate>
RUNSTATES = {
    1: "running",
    2: "blocked",
    3: "paused",
    4: "shutdown",
    5: "shutoff",
    6: "crashed",
    7: "pmsuspended",
}

# Name stems per script.  Names are made unique by a numeric suffix.
# libvirt forbids '/' in domain names; everything here is plain text.
STEMS = [
    ("ascii", ["web", "db-primary", "build_runner", "cache", "ci.worker",
               "mail", "vpn-gw", "k8s-node", "backup", "test"]),
    ("chinese", ["中文服务器", "数据库", "测试机", "网关", "开发环境"]),
    ("japanese", ["サーバー", "データベース", "テスト環境", "ゲートウェイ", "開発用"]),
    ("korean", ["서버", "데이터베이스", "테스트", "게이트웨이", "개발"]),
    ("emoji", ["🚀rocket", "🐧tux", "🔥hot", "🌍earth", "🐳whale"]),
    ("cyrillic", ["сервер", "база-данных", "тест", "шлюз", "разработка"]),
    ("greek", ["διακομιστής", "δοκιμή", "πύλη"]),
    ("arabic", ["خادم", "قاعدة-بيانات", "اختبار"]),
    ("hebrew", ["שרת", "בדיקה"]),
    ("devanagari", ["सर्वर", "परीक्षण"]),
    ("thai", ["เซิร์ฟเวอร์", "ทดสอบ"]),
    ("latin-accents", ["café-vm", "über-node", "niño", "façade", "smørbrød"]),
]

TITLES = [
    "Production web tier",
    "Nightly build machine",
    "开发团队的测试虚拟机",
    "本番データベース",
    "사내 메일 서버",
    "Рабочая станция 🚀",
    "Legacy app (do not touch)",
    "Ünïcödé & <markup> \"quotes\"",
]

VCPUS = [1, 1, 2, 2, 2, 4, 4, 8, 16, 32]
MEM_MIB = [256, 512, 1024, 2048, 4096, 8192, 16384, 65536]


def make_domains(count, seed=1, running=False):
    """Return a list of dicts describing `count` domains (deterministic)."""
    rng = random.Random(seed)
    doms = []
    states = list(RUNSTATES)
    for i in range(count):
        script, stems = STEMS[i % len(STEMS)]
        stem = stems[(i // len(STEMS)) % len(stems)]
        name = "%s-%04d" % (stem, i)
        state = 1 if running else states[i % len(states)]
        mem = rng.choice(MEM_MIB) * 1024  # KiB
        cur = mem if rng.random() < 0.7 else mem // 2
        d = {
            "name": name,
            "script": script,
            "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "state": state,
            "vcpu": rng.choice(VCPUS),
            "memory": mem,
            "current": cur,
            "title": None,
            # device names for devices=True (interface names: at most 15 bytes)
            "disk": "vda",
            "iface": "qvb%05d" % i,
            "mac": "52:54:00:%02x:%02x:%02x" % ((i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff),
        }
        if i % 3 == 1:
            d["title"] = "%s #%d" % (TITLES[i % len(TITLES)], i)
        doms.append(d)
    return doms


def host_xml(doms, devices=False):
    out = []
    w = out.append
    w("<?xml version='1.0' encoding='UTF-8'?>\n")
    w("<node xmlns:test='%s'>\n" % TEST_NS)
    w("  <cpu>\n"
      "    <mhz>3000</mhz>\n"
      "    <model>x86_64</model>\n"
      "    <active>64</active>\n"
      "    <nodes>2</nodes>\n"
      "    <sockets>2</sockets>\n"
      "    <cores>16</cores>\n"
      "    <threads>2</threads>\n"
      "  </cpu>\n")
    # 1 TiB of host memory, in KiB
    w("  <memory>1073741824</memory>\n")
    for d in doms:
        w("  <domain type='test'>\n")
        w("    <name>%s</name>\n" % escape(d["name"]))
        w("    <uuid>%s</uuid>\n" % d["uuid"])
        if d["title"]:
            w("    <title>%s</title>\n" % escape(d["title"]))
        w("    <memory unit='KiB'>%d</memory>\n" % d["memory"])
        w("    <currentMemory unit='KiB'>%d</currentMemory>\n" % d["current"])
        w("    <vcpu placement='static'>%d</vcpu>\n" % d["vcpu"])
        w("    <os><type arch='x86_64'>hvm</type></os>\n")
        w("    <on_poweroff>destroy</on_poweroff>\n")
        w("    <on_reboot>restart</on_reboot>\n")
        w("    <on_crash>destroy</on_crash>\n")
        if devices:
            w("    <devices>\n"
              "      <disk type='file' device='disk'>\n"
              "        <source file='/var/lib/libvirt/images/test-%s.img'/>\n"
              "        <target dev='%s' bus='virtio'/>\n"
              "      </disk>\n"
              "      <interface type='network'>\n"
              "        <mac address='%s'/>\n"
              "        <source network='default'/>\n"
              "        <target dev='%s'/>\n"
              "      </interface>\n"
              "    </devices>\n" % (d["uuid"], d["disk"], d["mac"], d["iface"]))
        w("    <test:runstate>%d</test:runstate>\n" % d["state"])
        w("  </domain>\n")
    w("</node>\n")
    return "".join(out)


def write_host(path, count, seed=1, running=False, devices=False):
    """Write a host file with `count` domains; return the domain dicts."""
    doms = make_domains(count, seed, running)
    with open(path, "w", encoding="utf-8") as f:
        f.write(host_xml(doms, devices))
    return doms


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("count", type=int)
    ap.add_argument("output")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--running", action="store_true", help="every domain running")
    ap.add_argument("--devices", action="store_true",
                    help="one disk and one interface per domain")
    a = ap.parse_args(argv)
    doms = write_host(a.output, a.count, a.seed, a.running, a.devices)
    print("wrote %d domains to %s" % (len(doms), a.output))
    return 0


if __name__ == "__main__":
    sys.exit(main())
