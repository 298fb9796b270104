<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AddConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation>연결 추가</translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation>하이퍼바이저(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>전송 방식(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>호스트(&amp;O):</translation>
    </message>
    <message>
        <source>host.example.com or host:port</source>
        <translation>host.example.com 또는 host:port</translation>
    </message>
    <message>
        <source>Host &amp;file:</source>
        <translation>호스트 파일(&amp;F):</translation>
    </message>
    <message>
        <source>empty: the built-in test host</source>
        <translation>비워 두면 내장 테스트 호스트 사용</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Enter the &amp;URI directly</source>
        <translation>URI 직접 입력(&amp;U)</translation>
    </message>
    <message>
        <source>UR&amp;I:</source>
        <translation>URI(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Connect automatically when QVirt starts</source>
        <translation>QVirt 시작 시 자동으로 연결(&amp;C)</translation>
    </message>
    <message>
        <source>Test Driver Host File</source>
        <translation>테스트 드라이버 호스트 파일</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML 파일 (*.xml)</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM 사용자 세션</translation>
    </message>
    <message>
        <source>Test driver</source>
        <extracomment>Hypervisor choice: libvirt&apos;s built-in test driver, a fake host for trying QVirt out</extracomment>
        <translation>테스트 드라이버</translation>
    </message>
    <message>
        <source>Local</source>
        <extracomment>Transport choice: connect to libvirt on this machine (no network)</extracomment>
        <translation>로컬</translation>
    </message>
    <message>
        <source>SSH (ssh command)</source>
        <translation>SSH (ssh 명령)</translation>
    </message>
    <message>
        <source>SSH (libssh, asks for passwords here)</source>
        <translation>SSH (libssh, 여기에서 암호 입력)</translation>
    </message>
    <message>
        <source>TLS</source>
        <extracomment>Transport choice: libvirt&apos;s TLS-encrypted TCP transport</extracomment>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TCP (unencrypted)</source>
        <translation>TCP (암호화 안 됨)</translation>
    </message>
    <message>
        <source>Cannot use &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;을(를) 사용할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>AddHostDeviceDialog</name>
    <message>
        <source>Add Host Device</source>
        <translation>호스트 장치 추가</translation>
    </message>
    <message>
        <source>PCI Device</source>
        <translation>PCI 장치</translation>
    </message>
    <message>
        <source>SR-IOV Network Function</source>
        <translation>SR-IOV 네트워크 기능</translation>
    </message>
    <message>
        <source>USB Device</source>
        <translation>USB 장치</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Button: add the chosen host device to the VM</extracomment>
        <translation>추가</translation>
    </message>
    <message>
        <source>The host&apos;s devices could not be listed: %1</source>
        <translation>호스트의 장치 목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>PCI devices by IOMMU group</source>
        <translation>IOMMU 그룹별 PCI 장치</translation>
    </message>
    <message>
        <source>Let libvirt bind the devices to vfio-pci when the VM starts and give them back when it stops (managed)</source>
        <translation>가상 머신이 시작될 때 libvirt가 장치를 vfio-pci에 바인딩하고, 중지될 때 호스트 드라이버에 반환(managed)</translation>
    </message>
    <message>
        <source>Bind to vfio-pci Now</source>
        <translation>지금 vfio-pci에 바인딩</translation>
    </message>
    <message>
        <source>Give Back to Host Driver</source>
        <translation>호스트 드라이버에 반환</translation>
    </message>
    <message>
        <source>Virtual function</source>
        <extracomment>Column header: an SR-IOV virtual function (VF) of a network card</extracomment>
        <translation>가상 기능</translation>
    </message>
    <message>
        <source>Host driver</source>
        <translation>호스트 드라이버</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>사용처</translation>
    </message>
    <message>
        <source>As a network interface with its own MAC address (interface type=&apos;hostdev&apos;)</source>
        <translation>자체 MAC 주소를 가진 네트워크 인터페이스로(interface type=&apos;hostdev&apos;)</translation>
    </message>
    <message>
        <source>As a plain PCI device (the guest driver sets the MAC)</source>
        <translation>일반 PCI 장치로(MAC은 게스트 드라이버가 설정)</translation>
    </message>
    <message>
        <source>Take any free function from a pool network:</source>
        <translation>풀 네트워크에서 사용 가능한 가상 기능 할당:</translation>
    </message>
    <message>
        <source>Create Pool Network…</source>
        <translation>풀 네트워크 만들기…</translation>
    </message>
    <message>
        <source>Network card:</source>
        <translation>네트워크 카드:</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC 주소:</translation>
    </message>
    <message>
        <source>USB devices</source>
        <translation>USB 장치</translation>
    </message>
    <message>
        <source>By vendor and product: follows the device to any port</source>
        <translation>공급업체 및 제품으로 지정: 어느 포트에 연결해도 장치를 따라감</translation>
    </message>
    <message>
        <source>By bus and device number: this port only (for identical devices)</source>
        <translation>버스 및 장치 번호로 지정: 이 포트만(동일한 장치가 여러 개일 때)</translation>
    </message>
    <message>
        <source>Add Host Device to %1</source>
        <translation>%1에 호스트 장치 추가</translation>
    </message>
    <message>
        <source>This host is not ready for passthrough yet:
%1</source>
        <translation>이 호스트는 아직 패스스루할 준비가 되지 않았습니다:
%1</translation>
    </message>
    <message>
        <source>Choose a device or an IOMMU group.</source>
        <translation>장치 또는 IOMMU 그룹을 선택하십시오.</translation>
    </message>
    <message>
        <source>Reading the host&apos;s devices…</source>
        <translation>호스트의 장치를 읽는 중…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a PCI bridge. Bridges stay with the host: they connect the other devices of group %2 and do not stop them from being passed through.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;은(는) PCI 브리지입니다. 브리지는 호스트에 남습니다. 브리지는 그룹 %2의 다른 장치를 연결할 뿐이며 해당 장치의 패스스루를 막지 않습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The host&apos;s IOMMU is off&lt;/b&gt;, so no device can be passed through. Turn on VT-d (Intel) or AMD-Vi in the firmware and add &lt;tt&gt;intel_iommu=on&lt;/tt&gt; or &lt;tt&gt;amd_iommu=on&lt;/tt&gt; to the kernel command line.</source>
        <translation>&lt;b&gt;호스트의 IOMMU가 꺼져 있습니다&lt;/b&gt;. 따라서 어떤 장치도 패스스루할 수 없습니다. 펌웨어에서 VT-d(Intel) 또는 AMD-Vi를 켜고 커널 명령줄에 &lt;tt&gt;intel_iommu=on&lt;/tt&gt; 또는 &lt;tt&gt;amd_iommu=on&lt;/tt&gt;을 추가하십시오.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3.</source>
        <extracomment>%1 is the device name, %2 its PCI address, %3 its device class (e.g. VGA compatible controller)</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;(%2), %3.</translation>
    </message>
    <message numerus="yes">
        <source>IOMMU group %1 has %n device(s) that must go to the same VM together:</source>
        <translation>
            <numerusform>IOMMU 그룹 %1에는 같은 가상 머신에 함께 할당해야 하는 장치가 %n개 있습니다:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add all %n devices of IOMMU group %1</source>
        <extracomment>Check box; only shown when the group has two or more devices; %1 is the group number</extracomment>
        <translation>
            <numerusform>IOMMU 그룹 %1의 장치 모두 추가(%n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group&apos;s %n bridge(s) stay with the host and are not added.</source>
        <translation>
            <numerusform>이 그룹의 브리지 %n개는 호스트에 남으며 추가되지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already used by %1: only one of these VMs can run at a time.</source>
        <translation>이미 %1에서 사용 중입니다. 이 가상 머신들은 한 번에 하나만 실행할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 (driver %2)</source>
        <extracomment>%1 is a PCI device, %2 the host kernel driver it is bound to</extracomment>
        <translation>%1(드라이버 %2)</translation>
    </message>
    <message>
        <source>Still bound to host drivers: %1. Bind them to vfio-pci now, or keep &quot;managed&quot; on so libvirt does it when the VM starts (a graphics card the host&apos;s display uses must be freed from its driver first).</source>
        <translation>아직 호스트 드라이버에 바인딩되어 있습니다: %1. 지금 vfio-pci에 바인딩하거나, &quot;managed&quot;를 켜 두어 가상 머신이 시작될 때 libvirt가 바인딩하도록 하십시오(호스트 디스플레이가 사용 중인 그래픽 카드는 먼저 해당 드라이버에서 해제해야 합니다).</translation>
    </message>
    <message>
        <source>none reported</source>
        <extracomment>Host driver column: libvirt did not name a driver for this function</extracomment>
        <translation>보고 없음</translation>
    </message>
    <message>
        <source>This host has no SR-IOV network card with virtual functions. A card that supports SR-IOV gets its functions with: echo 4 &gt; /sys/class/net/&lt;interface&gt;/device/sriov_numvfs</source>
        <translation>이 호스트에는 가상 기능이 있는 SR-IOV 네트워크 카드가 없습니다. SR-IOV를 지원하는 카드는 다음 명령으로 가상 기능을 만들 수 있습니다: echo 4 &gt; /sys/class/net/&lt;interface&gt;/device/sriov_numvfs</translation>
    </message>
    <message numerus="yes">
        <source>%n free virtual function(s). A pool network hands a free one to each guest interface when the VM starts, so VMs need no fixed addresses.</source>
        <translation>
            <numerusform>사용 가능한 가상 기능 %n개. 풀 네트워크는 가상 머신이 시작될 때 게스트의 각 인터페이스에 사용 가능한 가상 기능을 하나씩 할당하므로 가상 머신에 고정 주소가 필요하지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a USB device.</source>
        <translation>USB 장치를 선택하십시오.</translation>
    </message>
    <message>
        <source>The host lists no USB devices.</source>
        <translation>호스트에 표시된 USB 장치가 없습니다.</translation>
    </message>
    <message>
        <source>Already used by %1.</source>
        <translation>이미 %1에서 사용 중입니다.</translation>
    </message>
    <message>
        <source>%1, vendor %2 product %3, bus %4 device %5.</source>
        <translation>%1, 공급업체 %2, 제품 %3, 버스 %4, 장치 %5.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Devices</source>
        <extracomment>Dialog button when two or more devices are chosen</extracomment>
        <translation>
            <numerusform>장치 %n개 추가</numerusform>
        </translation>
    </message>
    <message>
        <source>The device could not be added to %1.</source>
        <translation>장치를 %1에 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>Nothing was changed; the choice is still here to try again.</source>
        <translation>아무것도 변경되지 않았습니다. 선택한 내용이 그대로 남아 있으니 다시 시도할 수 있습니다.</translation>
    </message>
    <message>
        <source>Create Pool Network</source>
        <translation>풀 네트워크 만들기</translation>
    </message>
    <message numerus="yes">
        <source>A libvirt network that hands each guest interface one of the %n free virtual function(s) of %1.
Name:</source>
        <translation>
            <numerusform>게스트의 각 인터페이스에 %1의 사용 가능한 가상 기능(%n개)을 하나씩 할당하는 libvirt 네트워크입니다.
이름:</numerusform>
        </translation>
    </message>
    <message>
        <source>The network %1 could not be created.</source>
        <translation>네트워크 %1을(를) 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Status message</source>
        <extracomment>Accessible name of the message banner at the top of a window</extracomment>
        <translation>상태 메시지</translation>
    </message>
</context>
<context>
    <name>BlockJobs</name>
    <message>
        <source>Merging images needs the virtual machine running: QEMU does the work. Start it first.</source>
        <translation>이미지를 병합하려면 가상 머신이 실행 중이어야 합니다. 병합 작업은 QEMU가 수행합니다. 먼저 가상 머신을 시작하십시오.</translation>
    </message>
    <message>
        <source>The host&apos;s disk is full. Free space there, then merge again; every image is still valid.</source>
        <translation>호스트의 디스크가 가득 찼습니다. 호스트에서 공간을 확보한 후 다시 병합하십시오. 모든 이미지는 여전히 유효합니다.</translation>
    </message>
    <message>
        <source>The chain of disk %1 changed. Look at it again, then merge.</source>
        <translation>디스크 %1의 체인이 바뀌었습니다. 다시 확인한 후 병합하십시오.</translation>
    </message>
</context>
<context>
    <name>BootForm</name>
    <message>
        <source>CD-ROM drive %1</source>
        <translation>CD-ROM 드라이브 %1</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>디스크 %1</translation>
    </message>
    <message>
        <source>Network interface %1</source>
        <translation>네트워크 인터페이스 %1</translation>
    </message>
    <message>
        <source>Boot order:</source>
        <translation>부팅 순서:</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>Boot menu:</source>
        <translation>부팅 메뉴:</translation>
    </message>
    <message>
        <source>Show the boot menu when the VM starts</source>
        <translation>가상 머신 시작 시 부팅 메뉴 표시</translation>
    </message>
    <message>
        <source>Kernel path:</source>
        <translation>커널 경로:</translation>
    </message>
    <message>
        <source>Initrd path:</source>
        <translation>initrd 경로:</translation>
    </message>
    <message>
        <source>Kernel arguments:</source>
        <translation>커널 인수:</translation>
    </message>
    <message>
        <source>Device tree path:</source>
        <translation>장치 트리 경로:</translation>
    </message>
    <message>
        <source>Direct kernel boot needs the kernel&apos;s path.</source>
        <translation>직접 커널 부팅을 하려면 커널 경로가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>BridgeSteps</name>
    <message>
        <source>Debian or Ubuntu with ifupdown (/etc/network/interfaces):</source>
        <extracomment>Heading of one way to make a host bridge; keep &quot;ifupdown&quot; and the file name as they are</extracomment>
        <translation>ifupdown을 사용하는 Debian 또는 Ubuntu(/etc/network/interfaces):</translation>
    </message>
    <message>
        <source>Run &quot;apt install bridge-utils&quot;, replace the lines of %1 in /etc/network/interfaces with these, then run &quot;systemctl restart networking&quot; from the console (not over SSH on %1):</source>
        <translation>&quot;apt install bridge-utils&quot;를 실행하고, /etc/network/interfaces에서 %1에 대한 줄을 다음 내용으로 바꾼 후, 콘솔에서(%1을(를) 통한 SSH가 아닌) &quot;systemctl restart networking&quot;을 실행하십시오:</translation>
    </message>
    <message>
        <source>Debian or Ubuntu with NetworkManager:</source>
        <translation>NetworkManager를 사용하는 Debian 또는 Ubuntu:</translation>
    </message>
    <message>
        <source>Run these as root; the host&apos;s address moves from %1 to br0 (the old connection of %1 can then be deleted with &quot;nmcli connection delete&quot;):</source>
        <translation>다음 명령을 root로 실행하십시오. 호스트의 주소가 %1에서 br0으로 옮겨집니다(이후 %1의 이전 연결은 &quot;nmcli connection delete&quot;로 삭제할 수 있습니다):</translation>
    </message>
    <message>
        <source>CentOS, RHEL or Fedora (NetworkManager):</source>
        <translation>CentOS, RHEL 또는 Fedora(NetworkManager):</translation>
    </message>
    <message>
        <source>Run these as root; the host&apos;s address moves from %1 to br0:</source>
        <translation>다음 명령을 root로 실행하십시오. 호스트의 주소가 %1에서 br0으로 옮겨집니다:</translation>
    </message>
    <message>
        <source>No bridge such as br0 exists on this host. To put VMs on the host&apos;s LAN, make one on the host:</source>
        <translation>이 호스트에는 br0 같은 브리지가 없습니다. 가상 머신을 호스트의 LAN에 연결하려면 호스트에서 브리지를 만드십시오:</translation>
    </message>
    <message>
        <source>The host&apos;s distribution is not known here; the steps for each:</source>
        <translation>여기서는 호스트의 배포판을 알 수 없습니다. 배포판별 단계는 다음과 같습니다:</translation>
    </message>
</context>
<context>
    <name>ClipboardAgent</name>
    <message>
        <source>This virtual machine&apos;s SPICE agent channel uses the port the clipboard channel needs. Switch its display to VNC first; that replaces the SPICE channel with QEMU&apos;s.</source>
        <translation>이 가상 머신의 SPICE 에이전트 채널이 클립보드 채널에 필요한 포트를 사용하고 있습니다. 먼저 디스플레이를 VNC로 전환하십시오. 전환하면 SPICE 채널이 QEMU 자체 채널로 대체됩니다.</translation>
    </message>
</context>
<context>
    <name>ClipboardBridge</name>
    <message numerus="yes">
        <source>Copied %n character(s) from the guest.</source>
        <extracomment>Console status note; %n is a number of characters</extracomment>
        <translation>
            <numerusform>게스트에서 %n자를 복사했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>Full clone: copy the disks</source>
        <translation>전체 복제: 디스크 복사</translation>
    </message>
    <message>
        <source>Linked clone: new overlays on the original&apos;s disk images</source>
        <translation>연결된 복제: 원본의 디스크 이미지 위에 새 오버레이 생성</translation>
    </message>
    <message>
        <source>Clone Virtual Machine</source>
        <translation>가상 머신 복제</translation>
    </message>
    <message>
        <source>Name of the clone</source>
        <translation>복제본 이름</translation>
    </message>
    <message>
        <source>Number of clones</source>
        <translation>복제본 수</translation>
    </message>
    <message>
        <source>Disks of the clone</source>
        <translation>복제본의 디스크</translation>
    </message>
    <message>
        <source>Disk</source>
        <extracomment>Column header: a disk of the VM (its target, e.g. vda)</extracomment>
        <translation>디스크</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Column header: the disk image file</extracomment>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: what the clone does with the disk (copy, share, leave out)</extracomment>
        <translation>처리 방식</translation>
    </message>
    <message>
        <source>New image</source>
        <extracomment>Column header: the name of the clone&apos;s new image</extracomment>
        <translation>새 이미지</translation>
    </message>
    <message>
        <source>Progress of the clone</source>
        <translation>복제 진행 상황</translation>
    </message>
    <message>
        <source>Clone</source>
        <extracomment>Button: make the clone(s)</extracomment>
        <translation>복제</translation>
    </message>
    <message>
        <source>Open the Clone</source>
        <extracomment>Button: open the window of the clone just made</extracomment>
        <translation>복제본 열기</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Label of the clone&apos;s name; with several clones it is a pattern where %n is the number</extracomment>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>N&amp;umber of clones:</source>
        <translation>복제본 수(&amp;U):</translation>
    </message>
    <message>
        <source>Kind:</source>
        <extracomment>Label of the choice between a full and a linked clone</extracomment>
        <translation>종류:</translation>
    </message>
    <message>
        <source>Reading the virtual machine&apos;s disks…</source>
        <translation>가상 머신의 디스크를 읽는 중…</translation>
    </message>
    <message>
        <source>The virtual machine could not be read: %1</source>
        <translation>가상 머신을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Make a new virtual machine from %1: the same hardware and settings, a new UUID and new MAC addresses.</source>
        <translation>%1에서 새 가상 머신을 만듭니다. 하드웨어와 설정은 같고 UUID와 MAC 주소는 새로 지정됩니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A disk in the clone dialog&apos;s table: target and kind of device (vda (disk), sda (cdrom))</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>이미지 없음</translation>
    </message>
    <message>
        <source>What the clone does with the disk %1</source>
        <translation>복제본에서 디스크 %1을(를) 처리하는 방식</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>What the clone does with a disk: a new copy of it</extracomment>
        <translation>복사</translation>
    </message>
    <message>
        <source>Share</source>
        <extracomment>What the clone does with a disk: use the same image as the original</extracomment>
        <translation>공유</translation>
    </message>
    <message>
        <source>Leave out</source>
        <extracomment>What the clone does with a disk: the clone has no such disk</extracomment>
        <translation>제외</translation>
    </message>
    <message>
        <source>Add the Folder %1 as a Storage Pool</source>
        <translation>폴더 %1을(를) 스토리지 풀로 추가</translation>
    </message>
    <message>
        <source>Named after each clone</source>
        <extracomment>The new image column when several clones are made: each is named after its clone</extracomment>
        <translation>각 복제본의 이름을 따름</translation>
    </message>
    <message>
        <source>Makes %1.</source>
        <translation>%1을(를) 만듭니다.</translation>
    </message>
    <message>
        <source>With several clones, %n in the name is replaced by a number: web-%n makes web-1, web-2…</source>
        <translation>복제본이 여러 개이면 이름에 있는 %n은(는) 번호로 바뀝니다. 예: web-%n → web-1, web-2…</translation>
    </message>
    <message>
        <source>%1 also moves onto a new overlay of its own, so that its current disk images stay as they are: they become the shared base of %1 and every linked clone, and deleting or merging them would break the clones. %1 must be shut off for this.</source>
        <translation>%1도 자체의 새 오버레이로 옮겨지므로 현재 디스크 이미지는 그대로 유지됩니다. 이 이미지는 %1과(와) 모든 연결된 복제본의 공유 기반이 되며, 이를 삭제하거나 병합하면 복제본이 손상됩니다. 이 작업을 하려면 %1이(가) 꺼져 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1 is running. Shut it down to make a linked clone.</source>
        <translation>%1이(가) 실행 중입니다. 연결된 복제본을 만들려면 가상 머신을 종료하십시오.</translation>
    </message>
    <message>
        <source>%1 is running. Shut it down or pause it to make a full clone.</source>
        <translation>%1이(가) 실행 중입니다. 전체 복제본을 만들려면 가상 머신을 종료하거나 일시 정지하십시오.</translation>
    </message>
    <message>
        <source>Name the clone.</source>
        <translation>복제본 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>A virtual machine named %1 already exists. Choose another name.</source>
        <translation>이름이 %1인 가상 머신이 이미 있습니다. 다른 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Starting the copy…</source>
        <translation>복사를 시작하는 중…</translation>
    </message>
    <message>
        <source>Making the overlays…</source>
        <translation>오버레이를 만드는 중…</translation>
    </message>
    <message>
        <source>Copying disk %1 of %2 (%3) for %4: %5 of %6.</source>
        <translation>%4의 디스크 복사 중(%2개 중 %1번째, %3): %6 중 %5.</translation>
    </message>
    <message>
        <source>No clone was made.</source>
        <translation>복제본을 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 could not be cloned.</source>
        <translation>%1을(를) 복제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Nothing made for the clone was kept, and %1 is as it was.</source>
        <translation>복제를 위해 만든 항목은 모두 제거되었으며, %1은(는) 이전 상태 그대로입니다.</translation>
    </message>
    <message>
        <source>Cancelled. The images made for the clone are deleted; %1 is as it was.</source>
        <translation>취소되었습니다. 복제를 위해 만든 이미지는 삭제되었으며, %1은(는) 이전 상태 그대로입니다.</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>%1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>The folder %1 could not be added as a storage pool.</source>
        <translation>폴더 %1을(를) 스토리지 풀로 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>Add it on the host, or choose Share for its disks.</source>
        <translation>호스트에서 추가하거나, 해당 디스크에 대해 공유를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>Cloning</name>
    <message>
        <source>%1 already exists.</source>
        <translation>%1이(가) 이미 있습니다.</translation>
    </message>
    <message>
        <source>The image %1 of disk %2 could not be copied for %3: %4</source>
        <translation>%3을(를) 위해 디스크 %2의 이미지 %1을(를) 복사할 수 없습니다: %4</translation>
    </message>
    <message>
        <source>The UEFI variables of %1 could not be copied for %2: %3</source>
        <translation>%2을(를) 위해 %1의 UEFI 변수를 복사할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>The clone %1 could not be defined: %2</source>
        <translation>복제본 %1을(를) 정의할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The disk %1 is on the network; a clone can only share it or go without it.</source>
        <translation>디스크 %1은(는) 네트워크에 있습니다. 복제본은 이 디스크를 공유하거나 제외할 수만 있습니다.</translation>
    </message>
    <message>
        <source>The disk %1 has no image to copy.</source>
        <translation>디스크 %1에는 복사할 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not in a storage pool of the host, so it cannot be copied from here. Add its folder %2 as a storage pool, then clone again.</source>
        <translation>%1은(는) 호스트의 스토리지 풀에 없으므로 여기에서 복사할 수 없습니다. 해당 폴더 %2을(를) 스토리지 풀로 추가한 후 다시 복제하십시오.</translation>
    </message>
    <message>
        <source>%1 is running. Shut it down first: a linked clone moves %1 onto a new overlay of its own, which it can only do while %1 is off.</source>
        <translation>%1이(가) 실행 중입니다. 먼저 가상 머신을 종료하십시오. 연결된 복제를 하면 %1이(가) 자체의 새 오버레이로 옮겨지며, 이 작업은 %1이(가) 꺼져 있을 때만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 is running. Shut it down or pause it first: the disks of a running virtual machine change while they are copied.</source>
        <translation>%1이(가) 실행 중입니다. 먼저 가상 머신을 종료하거나 일시 정지하십시오. 실행 중인 가상 머신의 디스크는 복사되는 동안 변경됩니다.</translation>
    </message>
    <message>
        <source>Name the clone.</source>
        <translation>복제본 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>The name %1 is given to two clones. Give each its own name.</source>
        <translation>두 복제본에 같은 이름 %1이(가) 지정되었습니다. 복제본마다 다른 이름을 지정하십시오.</translation>
    </message>
    <message>
        <source>A virtual machine named %1 already exists. Choose another name.</source>
        <translation>이름이 %1인 가상 머신이 이미 있습니다. 다른 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is paused, and libvirt cannot copy the image %2 while QEMU holds it open on a remote host. Shut %1 down, then clone it.</source>
        <translation>%1이(가) 일시 정지되어 있으며, 원격 호스트에서 QEMU가 이미지 %2을(를) 열어 두고 있는 동안에는 libvirt가 이를 복사할 수 없습니다. %1을(를) 종료한 후 복제하십시오.</translation>
    </message>
    <message>
        <source>No overlay could be made for %1 on %2: %3</source>
        <translation>%2 위에 %1의 오버레이를 만들 수 없습니다: %3</translation>
    </message>
    <message>
        <source>%1 could not be moved onto its new overlay, so no linked clone was made: %2</source>
        <translation>%1을(를) 새 오버레이로 옮길 수 없어서 연결된 복제본을 만들지 않았습니다: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manage KVM/QEMU virtual machines through libvirt.</source>
        <translation>libvirt를 통해 KVM/QEMU 가상 머신을 관리합니다.</translation>
    </message>
    <message>
        <source>Connect to the libvirt URI (for example qemu:///system).</source>
        <translation>libvirt URI에 연결합니다(예: qemu:///system).</translation>
    </message>
    <message>
        <source>URI</source>
        <extracomment>Value placeholder in --help output (qvirt --connect URI); written in capitals in Latin scripts</extracomment>
        <translation>URI</translation>
    </message>
    <message>
        <source>Show the console of the virtual machine.</source>
        <translation>가상 머신의 콘솔을 표시합니다.</translation>
    </message>
    <message>
        <source>NAME</source>
        <extracomment>Value placeholder in --help output: the name of a virtual machine</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <source>Show the hardware of the virtual machine.</source>
        <translation>가상 머신의 하드웨어를 표시합니다.</translation>
    </message>
    <message>
        <source>Show the snapshots of the virtual machine.</source>
        <translation>가상 머신의 스냅샷을 표시합니다.</translation>
    </message>
    <message>
        <source>Show the overview of the virtual machine.</source>
        <translation>가상 머신의 개요를 표시합니다.</translation>
    </message>
    <message>
        <source>Show the host summary of the connection.</source>
        <translation>연결된 호스트의 요약을 표시합니다.</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (for example zh_CN).</source>
        <translation>시스템 언어 대신 이 언어를 사용합니다(예: ko).</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <extracomment>Value placeholder in --help output: a locale name such as zh_CN</extracomment>
        <translation>로캘</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>예상하지 못한 인수: %1</translation>
    </message>
    <message>
        <source>Cannot use the URI &quot;%1&quot;: %2</source>
        <translation>URI &quot;%1&quot;을(를) 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Give only one of the --show-… options.</source>
        <translation>--show-… 옵션은 하나만 지정하십시오.</translation>
    </message>
    <message>
        <source>Show the host&apos;s devices: IOMMU groups and passthrough readiness.</source>
        <translation>호스트의 장치(IOMMU 그룹 및 패스스루 준비 상태)를 표시합니다.</translation>
    </message>
    <message>
        <source>Show the performance graphs of the virtual machine.</source>
        <translation>가상 머신의 성능 그래프를 표시합니다.</translation>
    </message>
    <message>
        <source>Show the XML definition of the virtual machine in its editor.</source>
        <translation>가상 머신의 XML 정의를 편집기에 표시합니다.</translation>
    </message>
    <message>
        <source>Show the host&apos;s storage pools and volumes.</source>
        <translation>호스트의 스토리지 풀과 볼륨을 표시합니다.</translation>
    </message>
    <message>
        <source>Show the host&apos;s virtual networks.</source>
        <translation>호스트의 가상 네트워크를 표시합니다.</translation>
    </message>
    <message>
        <source>Show the host&apos;s network interfaces and bridges.</source>
        <translation>호스트의 네트워크 인터페이스와 브리지를 표시합니다.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Not connected</source>
        <extracomment>Connection state shown next to a host in the connection list</extracomment>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>Connection state: the connection is being opened</extracomment>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Connection state: the connection is open</extracomment>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Disconnected, retrying…</source>
        <extracomment>Connection state: the connection was lost and QVirt is reconnecting</extracomment>
        <translation>연결 끊김, 다시 시도하는 중…</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <extracomment>Connection state: the connection could not be opened</extracomment>
        <translation>연결 실패</translation>
    </message>
    <message>
        <source>This virtual machine is already moving.</source>
        <translation>이 가상 머신은 이미 이동 중입니다.</translation>
    </message>
    <message>
        <source>The destination connection is not open. Connect to the destination host first.</source>
        <translation>대상 연결이 열려 있지 않습니다. 먼저 대상 호스트에 연결하십시오.</translation>
    </message>
    <message>
        <source>The destination connection was closed.</source>
        <translation>대상 연결이 닫혔습니다.</translation>
    </message>
</context>
<context>
    <name>ConnectionUri</name>
    <message>
        <source>The URI is empty.</source>
        <translation>URI가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The URI contains a space.</source>
        <translation>URI에 공백이 있습니다.</translation>
    </message>
    <message>
        <source>The URI has no &quot;driver://&quot; prefix, as in qemu:///system.</source>
        <translation>URI에 &quot;driver://&quot; 접두사가 없습니다(예: qemu:///system).</translation>
    </message>
    <message>
        <source>The URI is malformed: %1</source>
        <translation>URI 형식이 잘못되었습니다: %1</translation>
    </message>
    <message>
        <source>The driver name &quot;%1&quot; has characters libvirt does not accept.</source>
        <translation>드라이버 이름 &quot;%1&quot;에 libvirt가 허용하지 않는 문자가 있습니다.</translation>
    </message>
    <message>
        <source>A remote transport (%1) needs a host name.</source>
        <translation>원격 전송 방식(%1)에는 호스트 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM 사용자 세션</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <extracomment>Hypervisor kind in a connection&apos;s display name, e.g. &quot;QEMU/KVM on host1&quot;</extracomment>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>Hypervisor kind: libvirt&apos;s built-in test driver (a fake host), as in &quot;Test on localhost&quot;</extracomment>
        <translation>테스트</translation>
    </message>
    <message>
        <source>LXC</source>
        <translation>LXC</translation>
    </message>
    <message>
        <source>Xen</source>
        <translation>Xen</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <extracomment>Display name of a test-driver connection; %1 is the name of its XML host file</extracomment>
        <translation>테스트: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Connection display name: %1 is the hypervisor kind (QEMU/KVM, Test, ...), %2 the host name or &quot;localhost&quot;</extracomment>
        <translation>%2의 %1</translation>
    </message>
</context>
<context>
    <name>ConnectionWorker</name>
    <message>
        <source>The host closed the connection.</source>
        <translation>호스트가 연결을 닫았습니다.</translation>
    </message>
    <message>
        <source>The host stopped answering (keepalive timed out).</source>
        <translation>호스트가 응답하지 않습니다(keepalive 시간 초과).</translation>
    </message>
    <message>
        <source>The connection failed with an I/O error.</source>
        <translation>I/O 오류로 연결에 실패했습니다.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>연결이 닫혔습니다.</translation>
    </message>
    <message>
        <source>The connection could not be opened.</source>
        <translation>연결을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The connection to the host was lost.</source>
        <translation>호스트와의 연결이 끊어졌습니다.</translation>
    </message>
</context>
<context>
    <name>ConsoleEndpoints</name>
    <message>
        <source>The virtual machine is not running.</source>
        <translation>가상 머신이 실행 중이 아닙니다.</translation>
    </message>
    <message>
        <source>This virtual machine has only a SPICE display; QVirt&apos;s console speaks VNC. Add a VNC display or use remote-viewer.</source>
        <translation>이 가상 머신에는 SPICE 디스플레이만 있지만 QVirt 콘솔은 VNC를 사용합니다. VNC 디스플레이를 추가하거나 remote-viewer를 사용하십시오.</translation>
    </message>
    <message>
        <source>This virtual machine has no graphical display.</source>
        <translation>이 가상 머신에는 그래픽 디스플레이가 없습니다.</translation>
    </message>
    <message>
        <source>The VNC display has no TCP port and libvirt could not hand over its socket.</source>
        <translation>VNC 디스플레이에 TCP 포트가 없고 libvirt가 해당 소켓을 넘겨줄 수 없습니다.</translation>
    </message>
    <message>
        <source>The SSH tunnel to the display could not start: %1</source>
        <translation>디스플레이로 연결하는 SSH 터널을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The VNC display listens only on the remote host&apos;s loopback address and this connection does not use SSH. Connect with qemu+ssh:// or make the display listen on a reachable address.</source>
        <translation>VNC 디스플레이가 원격 호스트의 루프백 주소에서만 수신 대기하고 있으며 이 연결은 SSH를 사용하지 않습니다. qemu+ssh://로 연결하거나 디스플레이가 접근 가능한 주소에서 수신 대기하도록 설정하십시오.</translation>
    </message>
    <message>
        <source>This virtual machine has no SPICE display.</source>
        <translation>이 가상 머신에는 SPICE 디스플레이가 없습니다.</translation>
    </message>
    <message>
        <source>The SPICE display listens on no TCP port (only on a local socket or not at all), so Remote Viewer cannot reach it.</source>
        <translation>SPICE 디스플레이가 TCP 포트에서 수신 대기하지 않으므로(로컬 소켓에서만 수신 대기하거나 전혀 수신 대기하지 않음) Remote Viewer가 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>The SPICE display accepts only TLS connections, which QVirt cannot pass through SSH.</source>
        <translation>SPICE 디스플레이가 TLS 연결만 허용하며, QVirt는 TLS 연결을 SSH를 통해 전달할 수 없습니다.</translation>
    </message>
    <message>
        <source>The SPICE display listens only on the remote host&apos;s loopback address and this connection does not use SSH. Connect with qemu+ssh:// or make the display listen on a reachable address.</source>
        <translation>SPICE 디스플레이가 원격 호스트의 루프백 주소에서만 수신 대기하고 있으며 이 연결은 SSH를 사용하지 않습니다. qemu+ssh://로 연결하거나 디스플레이가 접근 가능한 주소에서 수신 대기하도록 설정하십시오.</translation>
    </message>
    <message>
        <source>The SPICE display accepts only TLS connections, and QVirt cannot read the host&apos;s SPICE certificate authority to give Remote Viewer.</source>
        <translation>SPICE 디스플레이가 TLS 연결만 허용하는데, QVirt가 Remote Viewer에 넘겨줄 호스트의 SPICE 인증 기관(CA) 인증서를 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ConsolePanel</name>
    <message>
        <source>Fit to window</source>
        <extracomment>Console scaling mode: scale the guest&apos;s screen to the window</extracomment>
        <translation>창에 맞추기</translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation>실제 크기 (1:1)</translation>
    </message>
    <message>
        <source>Resize guest to window</source>
        <translation>게스트 해상도를 창에 맞추기</translation>
    </message>
    <message>
        <source>Scaling</source>
        <extracomment>Accessible name of the console&apos;s scaling mode menu</extracomment>
        <translation>배율 조정</translation>
    </message>
    <message>
        <source>Encoding</source>
        <extracomment>Accessible name of the VNC encoding menu (Automatic, Raw, ZRLE, Tight)</extracomment>
        <translation>인코딩</translation>
    </message>
    <message>
        <source>Automatic uses raw pixels on local links (no lag, no decoding) and Tight on remote ones.</source>
        <translation>&quot;자동&quot;은 로컬 연결에서는 Raw(원시 픽셀, 지연 없음, 디코딩 불필요)를, 원격 연결에서는 Tight를 사용합니다.</translation>
    </message>
    <message>
        <source>Send Key</source>
        <extracomment>Console toolbar button: menu of key combinations sent to the guest</extracomment>
        <translation>키 보내기</translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <extracomment>Console toolbar button: save the guest&apos;s screen as an image</extracomment>
        <translation>스크린샷…</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <extracomment>Console toolbar button: show the console full screen</extracomment>
        <translation>전체 화면</translation>
    </message>
    <message>
        <source>Detach</source>
        <extracomment>Console toolbar button: move the console into a window of its own (not about devices)</extracomment>
        <translation>분리</translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>Console toolbar button: connect to the VM&apos;s display with the password entered</extracomment>
        <translation>연결</translation>
    </message>
    <message>
        <source>VNC password</source>
        <translation>VNC 암호</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <extracomment>Key combination sent to the guest; translate key names only if your keyboards label them differently</extracomment>
        <translation>Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Backspace</source>
        <translation>Ctrl+Alt+Backspace</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F%1</source>
        <translation>Ctrl+Alt+F%1</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <extracomment>Name of the Print Screen key, sent to the guest</extracomment>
        <translation>Print Screen</translation>
    </message>
    <message>
        <source>The virtual machine is not running. Start it to see its screen.</source>
        <translation>가상 머신이 실행 중이 아닙니다. 화면을 보려면 가상 머신을 시작하십시오.</translation>
    </message>
    <message>
        <source>Connecting to the display…</source>
        <translation>디스플레이에 연결 중…</translation>
    </message>
    <message>
        <source>The console cannot open: %1</source>
        <translation>콘솔을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The VNC server refused the password. Enter the display&apos;s password.</source>
        <translation>VNC 서버가 암호를 거부했습니다. 디스플레이 암호를 입력하십시오.</translation>
    </message>
    <message>
        <source>The display closed (%1). Reconnecting…</source>
        <translation>디스플레이가 닫혔습니다(%1). 다시 연결 중…</translation>
    </message>
    <message>
        <source>The console could not connect: %1</source>
        <translation>콘솔을 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Connected · %1 · %2×%3 · %4 updates/s · %5 kB/s</source>
        <translation>연결됨 · %1 · %2×%3 · 초당 업데이트 %4회 · %5 kB/s</translation>
    </message>
    <message>
        <source>Keyboard grabbed: press Ctrl+Alt to release</source>
        <translation>키보드 캡처됨: Ctrl+Alt를 눌러 해제</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>Console status line: connecting to the VM&apos;s display</extracomment>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <extracomment>Console status line: not connected to the VM&apos;s display</extracomment>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>스크린샷 저장</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <extracomment>Title of the error box when a screenshot could not be saved</extracomment>
        <translation>스크린샷</translation>
    </message>
    <message>
        <source>The screenshot could not be saved to %1.</source>
        <translation>스크린샷을 %1에 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The folder may not exist or not be writable.</source>
        <translation>폴더가 없거나 쓰기 권한이 없을 수 있습니다.</translation>
    </message>
    <message>
        <source>Choose another place.</source>
        <translation>다른 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>Leave Fullscreen</source>
        <translation>전체 화면 종료</translation>
    </message>
    <message>
        <source>JPEG quality </source>
        <extracomment>Prefix of a spin box showing a number 0-9; keep the trailing space if your language separates words</extracomment>
        <translation>JPEG 품질 </translation>
    </message>
    <message>
        <source>JPEG quality for Tight (0 smallest, 9 best)</source>
        <translation>Tight의 JPEG 품질 (0 가장 작음, 9 가장 좋음)</translation>
    </message>
    <message>
        <source>The guest keeps its screen size: %1</source>
        <translation>게스트가 화면 크기를 유지합니다: %1</translation>
    </message>
    <message>
        <source>The guest was asked to take the window&apos;s size; it does once its display driver or agent follows.</source>
        <translation>게스트에 창 크기를 요청했습니다. 게스트의 디스플레이 드라이버나 에이전트가 응하면 크기가 바뀝니다.</translation>
    </message>
    <message>
        <source>QVirt is shown through X forwarding, so every change of the console crosses the network as pixels. Run QVirt on your desktop with --connect qemu+ssh://user@host/system instead: the console then costs about 1/200 of this bandwidth.</source>
        <translation>QVirt가 X 포워딩으로 표시되고 있어 콘솔의 모든 변화가 픽셀로 네트워크를 지나갑니다. 대신 데스크톱에서 --connect qemu+ssh://user@host/system 옵션으로 QVirt를 실행하십시오. 그러면 콘솔이 쓰는 대역폭이 지금의 약 1/200로 줄어듭니다.</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>이 안내 숨기기</translation>
    </message>
    <message>
        <source>Use Tight Encoding</source>
        <translation>Tight 인코딩 사용</translation>
    </message>
    <message>
        <source>Keep</source>
        <extracomment>Button of the slow-link note: keep the current VNC encoding</extracomment>
        <translation>유지</translation>
    </message>
    <message>
        <source>Keep the current encoding and hide this note</source>
        <translation>현재 인코딩을 유지하고 이 안내 숨기기</translation>
    </message>
    <message>
        <source>This display&apos;s link carries raw pixels at only %1 MB/s, so the screen lags behind the guest. Tight encoding sends about a tenth of the data.</source>
        <translation>이 디스플레이의 연결은 원시 픽셀을 %1 MB/s밖에 전송하지 못하므로 화면이 게스트보다 늦게 표시됩니다. Tight 인코딩을 사용하면 전송되는 데이터가 약 10분의 1로 줄어듭니다.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <extracomment>Console toolbar button (on/off): share the clipboard with the VM</extracomment>
        <translation>클립보드</translation>
    </message>
    <message>
        <source>Share the clipboard with this virtual machine</source>
        <translation>이 가상 머신과 클립보드 공유</translation>
    </message>
    <message>
        <source>Clipboard sharing is off. It is off by default for virtual machines on other hosts; turn it on to copy and paste between this virtual machine and your desktop.</source>
        <translation>클립보드 공유가 꺼져 있습니다. 다른 호스트에 있는 가상 머신에서는 기본적으로 꺼져 있습니다. 이 가상 머신과 데스크톱 사이에서 복사하여 붙여 넣으려면 켜십시오.</translation>
    </message>
    <message>
        <source>Clipboard sharing is off for this virtual machine: nothing you copy reaches it, and nothing it copies reaches your desktop.</source>
        <translation>이 가상 머신의 클립보드 공유가 꺼져 있습니다. 데스크톱에서 복사한 내용은 가상 머신에 전달되지 않으며, 가상 머신에서 복사한 내용도 데스크톱에 전달되지 않습니다.</translation>
    </message>
    <message>
        <source>Clipboard sharing is on, but this virtual machine has no clipboard channel (qemu-vdagent), so the guest receives nothing. Add one from this button&apos;s menu; it works after the virtual machine&apos;s next start, with spice-vdagent running in the guest.</source>
        <translation>클립보드 공유가 켜져 있지만 이 가상 머신에는 클립보드 채널(qemu-vdagent)이 없으므로 게스트에 아무것도 전달되지 않습니다. 이 버튼의 메뉴에서 채널을 추가하십시오. 채널은 가상 머신을 다음에 시작한 후부터 작동하며, 게스트에서 spice-vdagent가 실행 중이어야 합니다.</translation>
    </message>
    <message>
        <source>Copy and paste between this virtual machine and your desktop. Text you copy on the desktop reaches the guest when you come back to this console, not before.</source>
        <translation>이 가상 머신과 데스크톱 사이에서 복사하여 붙여 넣습니다. 데스크톱에서 복사한 텍스트는 이 콘솔로 돌아올 때 게스트에 전달되며, 그 전에는 전달되지 않습니다.</translation>
    </message>
    <message>
        <source>Add a Clipboard Channel to This Virtual Machine</source>
        <translation>이 가상 머신에 클립보드 채널 추가</translation>
    </message>
    <message>
        <source>Clipboard Channel</source>
        <extracomment>Title of the error box when the clipboard channel could not be added</extracomment>
        <translation>클립보드 채널</translation>
    </message>
    <message>
        <source>The clipboard channel could not be added.</source>
        <translation>클립보드 채널을 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>The definition was not changed. Check the message, then try again.</source>
        <translation>정의는 변경되지 않았습니다. 메시지를 확인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The clipboard channel was added to the definition. It works after the virtual machine is shut down and started again (a reboot inside the guest is not enough), with spice-vdagent running in the guest.</source>
        <translation>클립보드 채널을 정의에 추가했습니다. 가상 머신을 종료한 후 다시 시작해야 작동하며(게스트 안에서 재부팅하는 것으로는 부족합니다), 게스트에서 spice-vdagent가 실행 중이어야 합니다.</translation>
    </message>
    <message>
        <source>The connection to the host is not open. The console connects by itself once it is.</source>
        <translation>호스트에 대한 연결이 열려 있지 않습니다. 연결이 열리면 콘솔이 자동으로 연결됩니다.</translation>
    </message>
</context>
<context>
    <name>ConsoleTyping</name>
    <message>
        <source>Type Clipboard Text</source>
        <extracomment>Console send-key menu: type the text of the clipboard into the VM as key presses
----------
Title of a message about typing text into the VM</extracomment>
        <translation>클립보드 텍스트 입력</translation>
    </message>
    <message>
        <source>Type Text…</source>
        <extracomment>Console send-key menu: open a dialog to enter text that is typed into the VM</extracomment>
        <translation>텍스트 입력…</translation>
    </message>
    <message>
        <source>Guest Keyboard Layout</source>
        <extracomment>Console send-key menu: submenu choosing the keyboard layout the VM&apos;s system uses</extracomment>
        <translation>게스트 키보드 레이아웃</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button that stops typing text into the VM</extracomment>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop typing into the guest</source>
        <translation>게스트에 텍스트 입력 중지</translation>
    </message>
    <message>
        <source>Typing progress</source>
        <translation>입력 진행률</translation>
    </message>
    <message numerus="yes">
        <source>Typing %n character(s) into the guest…</source>
        <translation>
            <numerusform>게스트에 %n자를 입력하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to type.</source>
        <translation>클립보드에 입력할 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>Type Text</source>
        <extracomment>Title of a message about typing text into the VM
----------
Title of the question before typing text into the VM</extracomment>
        <translation>텍스트 입력</translation>
    </message>
    <message>
        <source>None of this text can be typed with the %1 keyboard layout: %2</source>
        <translation>%1 키보드 레이아웃으로는 이 텍스트를 하나도 입력할 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>QVirt is about to type %n character(s) into the guest.</source>
        <translation>
            <numerusform>QVirt가 게스트에 %n자를 입력하려고 합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes about %n second(s).</source>
        <translation>
            <numerusform>약 %n초가 걸립니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes about %n minute(s).</source>
        <translation>
            <numerusform>약 %n분이 걸립니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each line ends with Enter: a shell or an installer acts on every line as soon as it is typed.</source>
        <translation>각 줄은 Enter로 끝납니다. 셸이나 설치 프로그램은 각 줄을 입력되는 즉시 처리합니다.</translation>
    </message>
    <message>
        <source>The %1 keyboard layout cannot type these characters, so they are left out: %2</source>
        <translation>%1 키보드 레이아웃으로는 다음 문자를 입력할 수 없으므로 제외됩니다: %2</translation>
    </message>
    <message>
        <source>The VM&apos;s display translates keys with QEMU&apos;s &quot;%1&quot; keymap, which does not match the %2 layout chosen here, so some characters may come out wrong. Choose the layout of that keymap, or remove the keymap from the VM&apos;s display.</source>
        <translation>가상 머신의 디스플레이는 QEMU의 &quot;%1&quot; 키맵으로 키를 변환하는데, 이 키맵은 여기에서 선택한 %2 레이아웃과 일치하지 않으므로 일부 문자가 잘못 입력될 수 있습니다. 해당 키맵에 맞는 레이아웃을 선택하거나 가상 머신의 디스플레이에서 키맵을 제거하십시오.</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Button that starts typing the text into the VM</extracomment>
        <translation>입력</translation>
    </message>
    <message>
        <source>The console is no longer connected to the VM&apos;s display, so nothing was typed.</source>
        <translation>콘솔이 더 이상 가상 머신의 디스플레이에 연결되어 있지 않으므로 아무것도 입력하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>CpuForm</name>
    <message>
        <source>Maximum virtual CPUs:</source>
        <translation>최대 가상 CPU 수:</translation>
    </message>
    <message>
        <source>Virtual CPUs now:</source>
        <translation>현재 가상 CPU 수:</translation>
    </message>
    <message numerus="yes">
        <source>The host has %n logical CPU(s).</source>
        <translation>
            <numerusform>호스트에 논리 CPU가 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU model:</source>
        <translation>CPU 모델:</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>하이퍼바이저 기본값</translation>
    </message>
    <message>
        <source>Copy the host CPU (host-model)</source>
        <translation>호스트 CPU 복사(host-model)</translation>
    </message>
    <message>
        <source>Pass the host CPU through (host-passthrough)</source>
        <translation>호스트 CPU 패스스루(host-passthrough)</translation>
    </message>
    <message>
        <source>Named model</source>
        <translation>모델 이름 지정</translation>
    </message>
    <message>
        <source>Model name:</source>
        <translation>모델 이름:</translation>
    </message>
    <message>
        <source>Copy the host CPU model</source>
        <translation>호스트 CPU 모델 복사</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>토폴로지:</translation>
    </message>
    <message>
        <source>Set sockets, cores and threads by hand</source>
        <translation>소켓, 코어, 스레드 수를 직접 설정</translation>
    </message>
    <message>
        <source>Sockets:</source>
        <translation>소켓:</translation>
    </message>
    <message>
        <source>Cores per socket:</source>
        <translation>소켓당 코어:</translation>
    </message>
    <message>
        <source>Threads per core:</source>
        <translation>코어당 스레드:</translation>
    </message>
    <message>
        <source>Enter the name of a CPU model, or choose another CPU model setting.</source>
        <translation>CPU 모델 이름을 입력하거나 다른 CPU 모델 설정을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>User name:</source>
        <translation>사용자 이름:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>암호:</translation>
    </message>
    <message>
        <source>Password or passphrase:</source>
        <translation>암호 또는 패스프레이즈:</translation>
    </message>
    <message>
        <source>Realm:</source>
        <extracomment>Authentication realm (SASL/Kerberos) a host asks for</extracomment>
        <translation>영역(realm):</translation>
    </message>
    <message>
        <source>Authentication Required</source>
        <translation>인증 필요</translation>
    </message>
    <message>
        <source>%1 asks for credentials.</source>
        <translation>%1에서 자격 증명을 요청합니다.</translation>
    </message>
</context>
<context>
    <name>CustomizeDialog</name>
    <message>
        <source>Customize the new VM</source>
        <translation>새 가상 머신 사용자 지정</translation>
    </message>
    <message>
        <source>The VM is not created yet. Change its hardware here, apply each change, then begin the installation.</source>
        <translation>가상 머신은 아직 만들어지지 않았습니다. 여기에서 하드웨어를 변경하고 각 변경 사항을 적용한 다음 설치를 시작하십시오.</translation>
    </message>
    <message>
        <source>&amp;Begin Installation</source>
        <translation>설치 시작(&amp;B)</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Also delete the selected disk images</source>
        <translation>선택한 디스크 이미지도 삭제</translation>
    </message>
    <message>
        <source>Delete Virtual Machines</source>
        <translation>가상 머신 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? Its definition, managed save, snapshot metadata and UEFI variables are removed.</source>
        <translation>
            <numerusform>%1을(를) 삭제하시겠습니까? 정의, 관리 저장, 스냅샷 메타데이터, UEFI 변수가 제거됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Running now, will be forced off first: %1</source>
        <translation>현재 실행 중이므로 먼저 강제 종료됩니다: %1</translation>
    </message>
    <message>
        <source>Disk images</source>
        <translation>디스크 이미지</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Column header: path of a disk image file</extracomment>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Format</source>
        <extracomment>Column header: disk image format (qcow2, raw ...), not the verb</extracomment>
        <translation>형식</translation>
    </message>
    <message>
        <source>Used by other virtual machines</source>
        <translation>다른 가상 머신에서 사용 중</translation>
    </message>
    <message>
        <source>Looking up the disk images and their backing chains…</source>
        <translation>디스크 이미지와 백킹 체인을 찾는 중…</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button: delete the virtual machines (and the ticked disk images)</extracomment>
        <translation>삭제</translation>
    </message>
    <message>
        <source>%1 (CD/DVD)</source>
        <translation>%1 (CD/DVD)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a disk&apos;s target name (vda), %2 its device type (disk, floppy ...)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (backing file)</source>
        <translation>%1 (백킹 파일)</translation>
    </message>
    <message>
        <source>Deleting this image breaks the virtual machines that use it.</source>
        <translation>이 이미지를 삭제하면 이를 사용하는 가상 머신이 동작하지 않게 됩니다.</translation>
    </message>
    <message>
        <source>%1: the disk images could not be listed: %2</source>
        <translation>%1: 디스크 이미지 목록을 가져올 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n disk image(s) found. Nothing is deleted unless you tick the box above.</source>
        <translation>
            <numerusform>디스크 이미지를 %n개 찾았습니다. 위의 확인란을 선택하지 않으면 아무것도 삭제되지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No disk images found.</source>
        <translation>디스크 이미지가 없습니다.</translation>
    </message>
</context>
<context>
    <name>DiskForm</name>
    <message>
        <source>Target:</source>
        <translation>대상:</translation>
    </message>
    <message>
        <source>Storage type:</source>
        <translation>스토리지 유형:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>미디어:</translation>
    </message>
    <message>
        <source>No media; enter the path of an ISO image to insert it.</source>
        <translation>미디어가 없습니다. 삽입하려면 ISO 이미지 경로를 입력하십시오.</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>꺼내기</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>삽입</translation>
    </message>
    <message>
        <source>Eject and Insert change the running VM&apos;s drive and its definition at once.</source>
        <translation>꺼내기와 삽입은 실행 중인 가상 머신의 드라이브와 정의를 함께 즉시 변경합니다.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>소스:</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>버스:</translation>
    </message>
    <message>
        <source>Cache mode:</source>
        <translation>캐시 모드:</translation>
    </message>
    <message>
        <source>Discard:</source>
        <translation>Discard:</translation>
    </message>
    <message>
        <source>Read-only:</source>
        <translation>읽기 전용:</translation>
    </message>
    <message>
        <source>Change the settings of the disk %1.</source>
        <translation>디스크 %1의 설정을 변경합니다.</translation>
    </message>
</context>
<context>
    <name>DisplayBackupStore</name>
    <message>
        <source>The folder %1 for the copy of the definition cannot be made: %2</source>
        <translation>정의 사본을 저장할 폴더 %1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The copy of the definition cannot be written to %1: %2</source>
        <translation>정의 사본을 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The copy of the definition %1 cannot be removed: %2</source>
        <translation>정의 사본 %1을(를) 제거할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>DisplaySwitchDialog</name>
    <message>
        <source>The SPICE display becomes a VNC display on the host&apos;s loopback address (127.0.0.1), on a port chosen when the virtual machine starts.</source>
        <translation>SPICE 디스플레이가 호스트의 루프백 주소(127.0.0.1)에서 수신 대기하는 VNC 디스플레이로 바뀌며, 포트는 가상 머신이 시작될 때 정해집니다.</translation>
    </message>
    <message>
        <source>Its password stays.</source>
        <translation>암호는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Its keyboard layout (%1) stays.</source>
        <translation>키보드 레이아웃(%1)은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>The SPICE display is removed; the VNC display the virtual machine already has stays as it is.</source>
        <translation>SPICE 디스플레이가 제거됩니다. 가상 머신에 이미 있는 VNC 디스플레이는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>SPICE&apos;s OpenGL rendering moves to a headless OpenGL display (egl-headless), so 3D acceleration keeps working.</source>
        <translation>SPICE의 OpenGL 렌더링이 헤드리스 OpenGL 디스플레이(egl-headless)로 옮겨지므로 3D 가속은 계속 작동합니다.</translation>
    </message>
    <message>
        <source>SPICE&apos;s OpenGL rendering moves to a headless OpenGL display (egl-headless) on %1, so 3D acceleration keeps working.</source>
        <translation>SPICE의 OpenGL 렌더링이 %1을(를) 사용하는 헤드리스 OpenGL 디스플레이(egl-headless)로 옮겨지므로 3D 가속은 계속 작동합니다.</translation>
    </message>
    <message>
        <source>The QXL video device becomes VGA, which every x86 guest drives without extra drivers.</source>
        <translation>QXL 비디오 장치가 VGA로 바뀝니다. VGA는 모든 x86 게스트가 추가 드라이버 없이 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>The additional QXL video device becomes a virtio video device.</source>
        <translation>추가 QXL 비디오 장치가 virtio 비디오 장치로 바뀝니다.</translation>
    </message>
    <message>
        <source>The SPICE agent channel becomes QEMU&apos;s own agent channel (qemu-vdagent), so the guest&apos;s spice-vdagent keeps sharing the clipboard with the console.</source>
        <translation>SPICE 에이전트 채널이 QEMU 자체 에이전트 채널(qemu-vdagent)로 바뀌므로 게스트의 spice-vdagent가 계속 콘솔과 클립보드를 공유합니다.</translation>
    </message>
    <message>
        <source>The SPICE channel %1 is removed.</source>
        <translation>SPICE 채널 %1이(가) 제거됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n USB redirection device(s) that work only through SPICE are removed.</source>
        <translation>
            <numerusform>SPICE를 통해서만 작동하는 USB 리디렉션 장치 %n개가 제거됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The smartcard passed through SPICE is removed.</source>
        <translation>SPICE를 통해 전달되는 스마트 카드가 제거됩니다.</translation>
    </message>
    <message>
        <source>Sound that went to the SPICE client goes nowhere (audio type &quot;none&quot;); the guest keeps its sound card.</source>
        <translation>SPICE 클라이언트로 전달되던 소리는 더 이상 어디로도 출력되지 않습니다(오디오 유형 &quot;none&quot;). 게스트의 사운드 카드는 유지됩니다.</translation>
    </message>
    <message>
        <source>The serial port that goes through SPICE is removed.</source>
        <translation>SPICE를 거치는 직렬 포트가 제거됩니다.</translation>
    </message>
    <message>
        <source>The text console that goes through SPICE is removed.</source>
        <translation>SPICE를 거치는 텍스트 콘솔이 제거됩니다.</translation>
    </message>
    <message>
        <source>The parallel port that goes through SPICE is removed.</source>
        <translation>SPICE를 거치는 병렬 포트가 제거됩니다.</translation>
    </message>
    <message>
        <source>The channel that goes through a SPICE port is removed.</source>
        <translation>SPICE 포트를 거치는 채널이 제거됩니다.</translation>
    </message>
    <message>
        <source>Switch Display to VNC</source>
        <extracomment>Window title of the dialog that switches a VM&apos;s display from SPICE to VNC</extracomment>
        <translation>디스플레이를 VNC로 전환</translation>
    </message>
    <message>
        <source>Switching the display of &quot;%1&quot; to VNC makes these changes to its definition; nothing else changes:</source>
        <translation>&quot;%1&quot;의 디스플레이를 VNC로 전환하면 정의가 다음과 같이 변경되며, 그 밖에는 아무것도 변경되지 않습니다:</translation>
    </message>
    <message>
        <source>Changes to the definition</source>
        <translation>정의 변경 사항</translation>
    </message>
    <message>
        <source>The change takes effect the next time the virtual machine starts.</source>
        <translation>변경 사항은 가상 머신을 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>QVirt keeps the current definition, so &quot;Go Back to SPICE&quot; in the console&apos;s toolbar can restore it exactly.</source>
        <translation>QVirt가 현재 정의를 보관하므로 콘솔 도구 모음의 &quot;SPICE로 되돌리기&quot;로 현재 정의를 그대로 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>Switch to VNC</source>
        <extracomment>Button that confirms switching the VM&apos;s display from SPICE to VNC</extracomment>
        <translation>VNC로 전환</translation>
    </message>
</context>
<context>
    <name>DomainCreation</name>
    <message>
        <source>The disk %1 could not be created in the storage pool %2: %3</source>
        <translation>스토리지 풀 %2에 디스크 %1을(를) 만들 수 없습니다: %3</translation>
    </message>
    <message>
        <source>The installer&apos;s kernel or initrd could not be copied into the storage pool %1: %2 Nothing was created.</source>
        <translation>설치 프로그램의 커널 또는 initrd를 스토리지 풀 %1에 복사할 수 없습니다: %2 아무것도 만들어지지 않았습니다.</translation>
    </message>
    <message>
        <source>The installer&apos;s kernel or initrd could not be copied into the storage pool %1: %2 These volumes could not be removed again: %3</source>
        <translation>설치 프로그램의 커널 또는 initrd를 스토리지 풀 %1에 복사할 수 없습니다: %2 다음 볼륨을 다시 제거할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>libvirt refused the new VM&apos;s definition: %1 Nothing was created.</source>
        <translation>libvirt가 새 가상 머신의 정의를 거부했습니다: %1 아무것도 만들어지지 않았습니다.</translation>
    </message>
    <message>
        <source>libvirt refused the new VM&apos;s definition: %1 These volumes QVirt made for it could not be removed again: %2</source>
        <translation>libvirt가 새 가상 머신의 정의를 거부했습니다: %1 QVirt가 이 가상 머신을 위해 만든 다음 볼륨을 다시 제거할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>DomainDefinitions</name>
    <message>
        <source>The definition names the UUID %1, but this virtual machine&apos;s UUID is %2. Saving it would define a second virtual machine; put back the UUID %2.</source>
        <translation>정의에 UUID %1이(가) 지정되어 있지만 이 가상 머신의 UUID는 %2입니다. 이대로 저장하면 두 번째 가상 머신이 정의됩니다. UUID를 %2(으)로 되돌리십시오.</translation>
    </message>
    <message>
        <source>The definition names the virtual machine &quot;%1&quot;, but it is called &quot;%2&quot;. libvirt does not rename a virtual machine through its definition: put back the name &quot;%2&quot; and rename it from the list of virtual machines.</source>
        <translation>정의에 가상 머신 이름이 &quot;%1&quot;(으)로 되어 있지만 실제 이름은 &quot;%2&quot;입니다. libvirt는 정의를 통해 가상 머신 이름을 바꾸지 않습니다. 이름을 &quot;%2&quot;(으)로 되돌리고 가상 머신 목록에서 이름을 바꾸십시오.</translation>
    </message>
</context>
<context>
    <name>DomainDevices</name>
    <message>
        <source>This setting cannot change while the VM runs.</source>
        <translation>이 설정은 가상 머신이 실행 중일 때 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>libvirt refused to change the running VM.</source>
        <translation>libvirt가 실행 중인 가상 머신의 변경을 거부했습니다.</translation>
    </message>
    <message>
        <source>the removal was requested and is waiting for the guest</source>
        <translation>제거를 요청했으며 게스트의 응답을 기다리는 중</translation>
    </message>
</context>
<context>
    <name>DomainLifecycle</name>
    <message>
        <source>The disk image %1 has a file name that is not valid UTF-8, and QEMU cannot open such a file. Rename it and point its overlay at the new name (qemu-img rebase -u), or merge it out of the chain while the virtual machine is off.</source>
        <translation>디스크 이미지 %1의 파일 이름이 올바른 UTF-8이 아니어서 QEMU가 이 파일을 열 수 없습니다. 이름을 바꾸고 오버레이가 새 이름을 가리키게 하거나(qemu-img rebase -u), 가상 머신이 꺼져 있는 동안 체인에서 병합하여 제거하십시오.</translation>
    </message>
</context>
<context>
    <name>DomainListModel</name>
    <message>
        <source>Unknown</source>
        <comment>domain state</comment>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>domain state</comment>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Idle</source>
        <comment>domain state (blocked on I/O)</comment>
        <translation>유휴</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>domain state</comment>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <comment>domain state</comment>
        <translation>종료 중</translation>
    </message>
    <message>
        <source>Shut off</source>
        <comment>domain state</comment>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>Crashed</source>
        <comment>domain state</comment>
        <translation>충돌함</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>domain state (guest power management)</comment>
        <extracomment>The guest put itself to sleep (suspend to RAM, ACPI S3), like a laptop; not the same as Paused</extracomment>
        <translation>절전 모드</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header of the virtual machine list</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header of the virtual machine list: running, paused, shut off ...</extracomment>
        <translation>상태</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <extracomment>Column header of the virtual machine list</extracomment>
        <translation>CPU 사용량</translation>
    </message>
    <message>
        <source>Memory</source>
        <extracomment>Column header of the virtual machine list: the VM&apos;s RAM</extracomment>
        <translation>메모리</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <extracomment>Column header of the virtual machine list: number of virtual CPUs</extracomment>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Autostart</source>
        <extracomment>Column header of the virtual machine list: whether the VM starts when the host boots</extracomment>
        <translation>자동 시작</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Virtual machine list: %1 is the VM&apos;s name, %2 its title</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>domain state: managed save image exists</comment>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Autostart column: the VM starts when the host boots (the cell stays empty otherwise)</extracomment>
        <translation>예</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <extracomment>Column header of the virtual machine list: bytes read from and written to the VM&apos;s disks per second</extracomment>
        <translation>디스크 I/O</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <extracomment>Column header of the virtual machine list: bytes received and sent by the VM&apos;s network interfaces per second</extracomment>
        <translation>네트워크 I/O</translation>
    </message>
    <message>
        <source>Read %1, written %2</source>
        <translation>읽기 %1, 쓰기 %2</translation>
    </message>
    <message>
        <source>Received %1, sent %2</source>
        <translation>수신 %1, 송신 %2</translation>
    </message>
</context>
<context>
    <name>DomainXml</name>
    <message>
        <source>The domain XML cannot be read: %1 (line %2, column %3).</source>
        <translation>도메인 XML을 읽을 수 없습니다: %1(%2행, %3열).</translation>
    </message>
    <message>
        <source>The XML is not a libvirt domain: its root element is &lt;%1&gt;, not &lt;domain&gt;.</source>
        <translation>이 XML은 libvirt 도메인이 아닙니다. 루트 요소가 &lt;domain&gt;이 아니라 &lt;%1&gt;입니다.</translation>
    </message>
</context>
<context>
    <name>GroupBinding</name>
    <message>
        <source>Bind to vfio-pci</source>
        <translation>vfio-pci에 바인딩</translation>
    </message>
    <message>
        <source>Give Back to Host Driver</source>
        <translation>호스트 드라이버에 반환</translation>
    </message>
    <message>
        <source>Bind these devices to vfio-pci? The host stops using them until they are given back:
%1</source>
        <translation>이 장치들을 vfio-pci에 바인딩하시겠습니까? 반환할 때까지 호스트는 이 장치들을 사용하지 않습니다:
%1</translation>
    </message>
    <message>
        <source>Give these devices back to their host drivers? A VM that uses them takes them back when it starts if libvirt manages them; otherwise bind them to vfio-pci again first:
%1</source>
        <translation>이 장치들을 호스트 드라이버에 반환하시겠습니까? libvirt가 관리하는 장치라면 이를 사용하는 가상 머신이 시작할 때 다시 가져갑니다. 그렇지 않으면 먼저 vfio-pci에 다시 바인딩하십시오:
%1</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Confirmation button: bind the devices to the vfio-pci driver (take them away from the host)</extracomment>
        <translation>바인딩</translation>
    </message>
    <message>
        <source>Give Back</source>
        <extracomment>Confirmation button: give the devices back to their host drivers</extracomment>
        <translation>반환</translation>
    </message>
    <message>
        <source>Not every device could be bound to vfio-pci.</source>
        <translation>일부 장치를 vfio-pci에 바인딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>Not every device could be given back to its host driver.</source>
        <translation>일부 장치를 호스트 드라이버에 반환할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>GuestUsageModel</name>
    <message>
        <source>Name</source>
        <extracomment>Column of the host&apos;s table of running guests: the virtual machine&apos;s name</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <source>CPU</source>
        <extracomment>Column of the host&apos;s table of running guests: CPU usage of the guest&apos;s own vCPUs</extracomment>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <extracomment>Column of the host&apos;s table of running guests: memory in use</extracomment>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <extracomment>Column of the host&apos;s table of running guests: disk reads and writes per second</extracomment>
        <translation>디스크 I/O</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <extracomment>Column of the host&apos;s table of running guests: network traffic (received and sent) per second</extracomment>
        <translation>네트워크 I/O</translation>
    </message>
</context>
<context>
    <name>HardwareChanges</name>
    <message>
        <source>The device is no longer in the definition; reload the page and try again.</source>
        <translation>장치가 더 이상 정의에 없습니다. 페이지를 다시 불러온 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>This setting cannot change while the VM runs.</source>
        <translation>이 설정은 가상 머신이 실행 중일 때 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 Not done: %2</source>
        <translation>%1 수행되지 않음: %2</translation>
    </message>
    <message>
        <source>%1 Saved; the VM has it when it starts.</source>
        <translation>%1 저장되었습니다. 가상 머신이 시작될 때 적용됩니다.</translation>
    </message>
    <message>
        <source>%1 Done on the running VM and saved.</source>
        <translation>%1 실행 중인 가상 머신에 적용하고 저장했습니다.</translation>
    </message>
    <message>
        <source>%1 Saved; takes effect after the VM is shut down and started again (%2).</source>
        <translation>%1 저장되었습니다. 가상 머신을 종료한 후 다시 시작하면 적용됩니다(%2).</translation>
    </message>
    <message>
        <source>%1 Saved; the guest has not released the device yet, so it stays in the running VM until the guest lets it go or the VM is shut down (%2).</source>
        <translation>%1 저장되었습니다. 게스트가 아직 장치를 해제하지 않았으므로 게스트가 장치를 해제하거나 가상 머신이 종료될 때까지 실행 중인 가상 머신에 남아 있습니다(%2).</translation>
    </message>
    <message>
        <source>Change the title.</source>
        <translation>제목을 변경합니다.</translation>
    </message>
    <message>
        <source>Change the description.</source>
        <translation>설명을 변경합니다.</translation>
    </message>
    <message>
        <source>Change the machine type to %1.</source>
        <translation>머신 유형을 %1(으)로 변경합니다.</translation>
    </message>
    <message>
        <source>Boot with UEFI firmware.</source>
        <translation>UEFI 펌웨어로 부팅합니다.</translation>
    </message>
    <message>
        <source>Boot with BIOS firmware.</source>
        <translation>BIOS 펌웨어로 부팅합니다.</translation>
    </message>
    <message>
        <source>The maximum number of virtual CPUs is fixed while the VM runs.</source>
        <translation>가상 머신이 실행 중일 때는 최대 가상 CPU 수를 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Set the maximum number of virtual CPUs to %1.</source>
        <translation>최대 가상 CPU 수를 %1(으)로 설정합니다.</translation>
    </message>
    <message>
        <source>Set the number of virtual CPUs to %1.</source>
        <translation>가상 CPU 수를 %1(으)로 설정합니다.</translation>
    </message>
    <message>
        <source>Sockets, cores and threads must each be at least 1.</source>
        <translation>소켓, 코어, 스레드는 각각 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>%1 sockets × %2 cores × %3 threads make %4 CPUs, but the VM has a maximum of %5 virtual CPUs.</source>
        <translation>소켓 %1개 × 코어 %2개 × 스레드 %3개는 CPU %4개이지만 이 가상 머신의 최대 가상 CPU 수는 %5개입니다.</translation>
    </message>
    <message>
        <source>Change the CPU model and topology.</source>
        <translation>CPU 모델과 토폴로지를 변경합니다.</translation>
    </message>
    <message>
        <source>The maximum memory is fixed while the VM runs.</source>
        <translation>가상 머신이 실행 중일 때는 최대 메모리를 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Set the maximum memory to %1 MiB.</source>
        <translation>최대 메모리를 %1MiB로 설정합니다.</translation>
    </message>
    <message>
        <source>Set the memory to %1 MiB.</source>
        <translation>메모리를 %1MiB로 설정합니다.</translation>
    </message>
    <message>
        <source>The boot order is read when the VM starts.</source>
        <translation>부팅 순서는 가상 머신이 시작될 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Change the boot order.</source>
        <translation>부팅 순서를 변경합니다.</translation>
    </message>
    <message>
        <source>The kernel is loaded when the VM starts.</source>
        <translation>커널은 가상 머신이 시작될 때 로드됩니다.</translation>
    </message>
    <message>
        <source>Turn direct kernel boot off.</source>
        <translation>직접 커널 부팅을 끕니다.</translation>
    </message>
    <message>
        <source>Boot the kernel %1 directly.</source>
        <translation>커널 %1(으)로 직접 부팅합니다.</translation>
    </message>
    <message>
        <source>This kind of device cannot be added while the VM runs.</source>
        <translation>이 종류의 장치는 가상 머신이 실행 중일 때 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>The new device&apos;s XML cannot be read.</source>
        <translation>새 장치의 XML을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Add the CD-ROM drive %1.</source>
        <translation>CD-ROM 드라이브 %1을(를) 추가합니다.</translation>
    </message>
    <message>
        <source>Add the disk %1.</source>
        <translation>디스크 %1을(를) 추가합니다.</translation>
    </message>
    <message>
        <source>Add the network interface %1.</source>
        <translation>네트워크 인터페이스 %1을(를) 추가합니다.</translation>
    </message>
    <message>
        <source>This kind of device cannot be removed while the VM runs.</source>
        <translation>이 종류의 장치는 가상 머신이 실행 중일 때 제거할 수 없습니다.</translation>
    </message>
    <message>
        <source>Eject the media of %1.</source>
        <translation>%1의 미디어를 꺼냅니다.</translation>
    </message>
    <message>
        <source>Insert %1 into %2.</source>
        <translation>%1을(를) %2에 삽입합니다.</translation>
    </message>
    <message>
        <source>Connect the link of %1.</source>
        <translation>%1의 링크를 연결합니다.</translation>
    </message>
    <message>
        <source>Disconnect the link of %1.</source>
        <translation>%1의 링크를 끊습니다.</translation>
    </message>
    <message>
        <source>This device&apos;s settings are read when the VM starts.</source>
        <translation>이 장치의 설정은 가상 머신이 시작될 때 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>HardwareEditor</name>
    <message>
        <source>The VM&apos;s definition could not be read: %1</source>
        <translation>가상 머신의 정의를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Boot options</source>
        <translation>부팅 옵션</translation>
    </message>
    <message>
        <source>CD-ROM drive %1</source>
        <translation>CD-ROM 드라이브 %1</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>디스크 %1</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>NIC %1</translation>
    </message>
    <message>
        <source>Display %1</source>
        <translation>디스플레이 %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>비디오 %1</translation>
    </message>
    <message>
        <source>Sound %1</source>
        <translation>사운드 %1</translation>
    </message>
    <message>
        <source>Input %1 (%2)</source>
        <translation>입력 %1(%2)</translation>
    </message>
    <message>
        <source>Serial port %1</source>
        <translation>직렬 포트 %1</translation>
    </message>
    <message>
        <source>Console %1</source>
        <translation>콘솔 %1</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>워치독</translation>
    </message>
    <message>
        <source>Random number generator</source>
        <translation>난수 생성기</translation>
    </message>
    <message>
        <source>USB redirection %1</source>
        <translation>USB 리디렉션 %1</translation>
    </message>
    <message>
        <source>Host devices</source>
        <translation>호스트 장치</translation>
    </message>
    <message>
        <source>The changes could not be applied: %1</source>
        <translation>변경 사항을 적용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Unapplied hardware changes</source>
        <translation>적용되지 않은 하드웨어 변경 사항</translation>
    </message>
    <message>
        <source>The hardware of this VM has changes that were not applied. Discard them?</source>
        <translation>이 가상 머신의 하드웨어에 적용되지 않은 변경 사항이 있습니다. 변경 사항을 버리시겠습니까?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>변경 사항 버리기</translation>
    </message>
    <message>
        <source>Remove %1.</source>
        <extracomment>%1 is a device as the list names it (&quot;Disk vdb&quot;, &quot;Sound ich9&quot;)</extracomment>
        <translation>%1을(를) 제거합니다.</translation>
    </message>
    <message>
        <source>Add a CD-ROM drive</source>
        <translation>CD-ROM 드라이브 추가</translation>
    </message>
    <message>
        <source>Add a disk</source>
        <translation>디스크 추가</translation>
    </message>
    <message>
        <source>An ISO image, or empty for a drive without media</source>
        <translation>ISO 이미지(비워 두면 미디어 없는 드라이브)</translation>
    </message>
    <message>
        <source>/var/lib/libvirt/images/disk.qcow2</source>
        <translation>/var/lib/libvirt/images/disk.qcow2</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>미디어:</translation>
    </message>
    <message>
        <source>Image or block device:</source>
        <translation>이미지 또는 블록 장치:</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>버스:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <source>Disk…</source>
        <translation>디스크…</translation>
    </message>
    <message>
        <source>CD-ROM drive…</source>
        <translation>CD-ROM 드라이브…</translation>
    </message>
    <message>
        <source>Network interface on the default network</source>
        <translation>기본 네트워크의 네트워크 인터페이스</translation>
    </message>
    <message>
        <source>Network interface in user mode</source>
        <translation>사용자 모드 네트워크 인터페이스</translation>
    </message>
    <message>
        <source>VNC display</source>
        <translation>VNC 디스플레이</translation>
    </message>
    <message>
        <source>Add a VNC display.</source>
        <translation>VNC 디스플레이를 추가합니다.</translation>
    </message>
    <message>
        <source>SPICE display</source>
        <translation>SPICE 디스플레이</translation>
    </message>
    <message>
        <source>Add a SPICE display.</source>
        <translation>SPICE 디스플레이를 추가합니다.</translation>
    </message>
    <message>
        <source>Video (virtio)</source>
        <translation>비디오(virtio)</translation>
    </message>
    <message>
        <source>Add a virtio video device.</source>
        <translation>virtio 비디오 장치를 추가합니다.</translation>
    </message>
    <message>
        <source>Sound (ICH9)</source>
        <translation>사운드(ICH9)</translation>
    </message>
    <message>
        <source>Add an ICH9 sound device.</source>
        <translation>ICH9 사운드 장치를 추가합니다.</translation>
    </message>
    <message>
        <source>Tablet (USB)</source>
        <translation>태블릿(USB)</translation>
    </message>
    <message>
        <source>Add a USB tablet.</source>
        <translation>USB 태블릿을 추가합니다.</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>직렬 포트</translation>
    </message>
    <message>
        <source>Add a serial port.</source>
        <translation>직렬 포트를 추가합니다.</translation>
    </message>
    <message>
        <source>Console (virtio)</source>
        <translation>콘솔(virtio)</translation>
    </message>
    <message>
        <source>Add a virtio console.</source>
        <translation>virtio 콘솔을 추가합니다.</translation>
    </message>
    <message>
        <source>TPM 2.0 (CRB)</source>
        <translation>TPM 2.0(CRB)</translation>
    </message>
    <message>
        <source>Add an emulated TPM 2.0.</source>
        <translation>에뮬레이션된 TPM 2.0을 추가합니다.</translation>
    </message>
    <message>
        <source>Add a watchdog.</source>
        <translation>워치독을 추가합니다.</translation>
    </message>
    <message>
        <source>Add a random number generator fed from /dev/urandom.</source>
        <translation>/dev/urandom을 소스로 하는 난수 생성기를 추가합니다.</translation>
    </message>
    <message>
        <source>USB redirection (SPICE)</source>
        <translation>USB 리디렉션(SPICE)</translation>
    </message>
    <message>
        <source>Add a USB redirection channel.</source>
        <translation>USB 리디렉션 채널을 추가합니다.</translation>
    </message>
    <message>
        <source>Add hardware</source>
        <extracomment>Button that opens a menu of device kinds</extracomment>
        <translation>하드웨어 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button: remove the selected device</extracomment>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the selected device</source>
        <translation>선택한 장치 제거</translation>
    </message>
    <message>
        <source>Apply</source>
        <extracomment>Button: apply the hardware changes</extracomment>
        <translation>적용</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Button: drop the hardware changes not applied</extracomment>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Devices and settings</source>
        <translation>장치 및 설정</translation>
    </message>
</context>
<context>
    <name>HostDeviceModel</name>
    <message>
        <source>Storage controller</source>
        <translation>스토리지 컨트롤러</translation>
    </message>
    <message>
        <source>Ethernet controller</source>
        <translation>이더넷 컨트롤러</translation>
    </message>
    <message>
        <source>Network controller</source>
        <translation>네트워크 컨트롤러</translation>
    </message>
    <message>
        <source>VGA compatible controller</source>
        <translation>VGA 호환 컨트롤러</translation>
    </message>
    <message>
        <source>Display controller</source>
        <translation>디스플레이 컨트롤러</translation>
    </message>
    <message>
        <source>Audio device</source>
        <translation>오디오 장치</translation>
    </message>
    <message>
        <source>Multimedia controller</source>
        <translation>멀티미디어 컨트롤러</translation>
    </message>
    <message>
        <source>PCI bridge</source>
        <extracomment>PCI device class name</extracomment>
        <translation>PCI 브리지</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>브리지</translation>
    </message>
    <message>
        <source>USB controller</source>
        <translation>USB 컨트롤러</translation>
    </message>
    <message>
        <source>SMBus controller</source>
        <translation>SMBus 컨트롤러</translation>
    </message>
    <message>
        <source>Serial bus controller</source>
        <translation>직렬 버스 컨트롤러</translation>
    </message>
    <message>
        <source>PCI device (class %1)</source>
        <translation>PCI 장치(클래스 %1)</translation>
    </message>
    <message>
        <source>No IOMMU group (the IOMMU is off)</source>
        <translation>IOMMU 그룹 없음(IOMMU 꺼짐)</translation>
    </message>
    <message>
        <source>IOMMU group %1</source>
        <translation>IOMMU 그룹 %1</translation>
    </message>
    <message>
        <source>cannot be passed through</source>
        <extracomment>Status of an IOMMU group in the host device tree</extracomment>
        <translation>패스스루 불가</translation>
    </message>
    <message>
        <source>ready for passthrough</source>
        <extracomment>Status of an IOMMU group in the host device tree: all its devices can be given to a VM</extracomment>
        <translation>패스스루 가능</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) on host drivers</source>
        <translation>
            <numerusform>호스트 드라이버를 사용 중인 장치 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>These devices have no IOMMU group: the host&apos;s IOMMU is off, so none can be passed through.</source>
        <translation>이 장치들에는 IOMMU 그룹이 없습니다. 호스트의 IOMMU가 꺼져 있으므로 어떤 장치도 패스스루할 수 없습니다.</translation>
    </message>
    <message>
        <source>An IOMMU group is the smallest set of devices the host can isolate: every device in it (bridges excepted) goes to the same VM, together.</source>
        <translation>IOMMU 그룹은 호스트가 격리할 수 있는 최소 장치 단위입니다. 그룹 안의 모든 장치(브리지 제외)는 함께 같은 가상 머신에 할당됩니다.</translation>
    </message>
    <message>
        <source>%1 (bridge, stays with the host)</source>
        <translation>%1(브리지, 호스트에 남음)</translation>
    </message>
    <message>
        <source>%1 (virtual function)</source>
        <translation>%1(가상 기능)</translation>
    </message>
    <message>
        <source>bus %1 device %2</source>
        <translation>버스 %1 장치 %2</translation>
    </message>
    <message>
        <source>none reported</source>
        <extracomment>Host driver column: libvirt did not name a driver for this device</extracomment>
        <translation>보고 없음</translation>
    </message>
    <message>
        <source>Bridges connect other devices; they are not passed through and do not stop the group from being used.</source>
        <translation>브리지는 다른 장치를 연결합니다. 브리지는 패스스루되지 않으며 그룹 사용을 막지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>SR-IOV physical function with %n virtual function(s).</source>
        <translation>
            <numerusform>가상 기능이 %n개 있는 SR-IOV 물리 기능입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>SR-IOV virtual function of %1.</source>
        <translation>%1의 SR-IOV 가상 기능입니다.</translation>
    </message>
    <message>
        <source>Vendor %1, product %2</source>
        <translation>공급업체 %1, 제품 %2</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>사용처: %1</translation>
    </message>
    <message>
        <source>USB devices</source>
        <extracomment>Top-level node of the host device tree</extracomment>
        <translation>USB 장치</translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>Column header of the host device tree</extracomment>
        <translation>장치</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Column header of the host device tree: PCI address or USB bus/device</extracomment>
        <translation>주소</translation>
    </message>
    <message>
        <source>Host driver</source>
        <extracomment>Column header of the host device tree: the kernel driver the device is bound to on the host</extracomment>
        <translation>호스트 드라이버</translation>
    </message>
    <message>
        <source>Used by</source>
        <extracomment>Column header of the host device tree: the virtual machines configured to use the device</extracomment>
        <translation>사용처</translation>
    </message>
    <message>
        <source>drivers not reported</source>
        <translation>드라이버 보고 없음</translation>
    </message>
</context>
<context>
    <name>HostDevicesPage</name>
    <message>
        <source>The host&apos;s devices could not be listed: %1</source>
        <translation>호스트의 장치 목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Create Pool Network</source>
        <translation>풀 네트워크 만들기</translation>
    </message>
    <message>
        <source>The network %1 is running. Give a VM an interface on it to hand it a free virtual function.</source>
        <translation>네트워크 %1이(가) 실행 중입니다. 가상 머신에 이 네트워크의 인터페이스를 추가하면 사용 가능한 가상 기능이 할당됩니다.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>Passthrough readiness: the host is being checked</extracomment>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>The host could not be checked: %1</source>
        <translation>호스트를 확인할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready for PCI passthrough?&lt;/b&gt;</source>
        <translation>&lt;b&gt;PCI 패스스루 준비가 되었습니까?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Devices by IOMMU group&lt;/b&gt; (everything in a group goes to one VM together)</source>
        <translation>&lt;b&gt;IOMMU 그룹별 장치(&amp;D)&lt;/b&gt; (그룹 안의 모든 장치는 함께 하나의 가상 머신에 할당됨)</translation>
    </message>
    <message>
        <source>&amp;Bind Group to vfio-pci</source>
        <translation>그룹을 vfio-pci에 바인딩(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Give Group Back to Host</source>
        <translation>그룹을 호스트에 반환(&amp;G)</translation>
    </message>
    <message>
        <source>Create SR-IOV &amp;Pool Network…</source>
        <translation>SR-IOV 풀 네트워크 만들기(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Button: read the host&apos;s devices again</extracomment>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Host devices by IOMMU group</source>
        <translation>IOMMU 그룹별 호스트 장치</translation>
    </message>
</context>
<context>
    <name>HostOverview</name>
    <message>
        <source>The host&apos;s figures appear once it has been sampled.</source>
        <translation>호스트 데이터는 샘플링이 이루어지면 표시됩니다.</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>사용됨</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>공유</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>절약</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>Label of the combo box that picks the time range of the host&apos;s graphs</extracomment>
        <translation>표시(&amp;S):</translation>
    </message>
    <message>
        <source>Host CPU usage</source>
        <translation>호스트 CPU 사용량</translation>
    </message>
    <message>
        <source>Host memory</source>
        <translation>호스트 메모리</translation>
    </message>
    <message>
        <source>Shared memory (KSM)</source>
        <extracomment>Title of a graph: Kernel Same-page Merging, memory saved by merging identical guest pages</extracomment>
        <translation>메모리 공유(KSM)</translation>
    </message>
    <message>
        <source>CPU figures are not available on this host.</source>
        <translation>이 호스트의 CPU 데이터를 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Memory figures are not available on this host.</source>
        <translation>이 호스트의 메모리 데이터를 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>KSM figures are not available on this host.</source>
        <translation>이 호스트의 KSM 데이터를 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Running guests</source>
        <translation>실행 중인 게스트(&amp;R)</translation>
    </message>
    <message>
        <source>Running guests</source>
        <extracomment>Accessible name of the table of running guests on the host&apos;s summary page</extracomment>
        <translation>실행 중인 게스트</translation>
    </message>
</context>
<context>
    <name>HostStoragePage</name>
    <message>
        <source>The host&apos;s storage pools could not be listed: %1</source>
        <translation>호스트의 스토리지 풀 목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The volumes of pool %1 could not be listed: %2</source>
        <translation>풀 %1의 볼륨 목록을 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>전송</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Storage &amp;pools:</source>
        <translation>스토리지 풀(&amp;P):</translation>
    </message>
    <message>
        <source>New Pool…</source>
        <extracomment>Button: make a new storage pool</extracomment>
        <translation>새 풀…</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Button: start (activate) the storage pool</extracomment>
        <translation>시작</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Button: stop (deactivate) the storage pool</extracomment>
        <translation>중지</translation>
    </message>
    <message>
        <source>Start with the host</source>
        <translation>호스트와 함께 시작</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Button: have libvirt read the pool&apos;s folder again</extracomment>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Delete Pool…</source>
        <extracomment>Button: delete the storage pool (asks what to remove)</extracomment>
        <translation>풀 삭제…</translation>
    </message>
    <message>
        <source>&amp;Volumes:</source>
        <translation>볼륨(&amp;V):</translation>
    </message>
    <message>
        <source>%p% used</source>
        <extracomment>Text on the pool&apos;s capacity bar; %p is the percentage</extracomment>
        <translation>%p% 사용됨</translation>
    </message>
    <message>
        <source>Filter volumes</source>
        <translation>볼륨 필터</translation>
    </message>
    <message>
        <source>New Volume…</source>
        <extracomment>Button: make a new volume in the pool</extracomment>
        <translation>새 볼륨…</translation>
    </message>
    <message>
        <source>Resize…</source>
        <extracomment>Button: change the volume&apos;s capacity</extracomment>
        <translation>크기 조정…</translation>
    </message>
    <message>
        <source>Wipe…</source>
        <extracomment>Button: overwrite the volume&apos;s data with zeros</extracomment>
        <translation>데이터 지우기…</translation>
    </message>
    <message>
        <source>Delete Volume…</source>
        <extracomment>Button: delete the volume</extracomment>
        <translation>볼륨 삭제…</translation>
    </message>
    <message>
        <source>Upload</source>
        <extracomment>Button with a menu: copy a local file onto the host</extracomment>
        <translation>업로드</translation>
    </message>
    <message>
        <source>Download…</source>
        <extracomment>Button: copy the volume into a local file</extracomment>
        <translation>다운로드…</translation>
    </message>
    <message>
        <source>Upload a File into a New Volume…</source>
        <translation>파일을 새 볼륨으로 업로드…</translation>
    </message>
    <message>
        <source>Upload a File into the Selected Volume…</source>
        <translation>파일을 선택한 볼륨으로 업로드…</translation>
    </message>
    <message>
        <source>%1 (%2) at %3 is stopped.</source>
        <extracomment>Pool details: %1 the pool, %2 its type, %3 its folder on the host</extracomment>
        <translation>%3에 있는 %1(%2)이(가) 중지되어 있습니다.</translation>
    </message>
    <message>
        <source>%1 (%2) at %3: %4 of %5 used, %6 free.</source>
        <extracomment>Pool details: %1 the pool, %2 its type, %3 its folder, %4 used, %5 capacity, %6 free</extracomment>
        <translation>%3에 있는 %1(%2): %5 중 %4 사용, %6 사용 가능.</translation>
    </message>
    <message>
        <source>Space used in pool %1</source>
        <translation>풀 %1의 사용 공간</translation>
    </message>
    <message>
        <source>New Storage Pool</source>
        <translation>새 스토리지 풀</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be made.</source>
        <translation>스토리지 풀 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Start Pool</source>
        <translation>풀 시작</translation>
    </message>
    <message>
        <source>Stop Pool</source>
        <translation>풀 중지</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be started.</source>
        <translation>스토리지 풀 %1을(를) 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be stopped.</source>
        <translation>스토리지 풀 %1을(를) 중지할 수 없습니다.</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>자동 시작</translation>
    </message>
    <message>
        <source>Whether the storage pool %1 starts with the host could not be changed.</source>
        <translation>스토리지 풀 %1이(가) 호스트와 함께 시작되는지 여부를 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be read again.</source>
        <translation>스토리지 풀 %1을(를) 다시 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete the storage pool %1?

&quot;Delete Pool Only&quot; stops it and removes its definition: its folder %2 and every volume in it stay on the host.

&quot;Delete Pool and Folder&quot; also removes the pool&apos;s storage (for a folder pool the folder itself, which libvirt removes only when it is empty: delete the volumes first).</source>
        <translation>스토리지 풀 %1을(를) 삭제하시겠습니까?

&quot;풀만 삭제&quot;는 풀을 중지하고 정의를 제거합니다. 폴더 %2과(와) 그 안의 모든 볼륨은 호스트에 남습니다.

&quot;풀과 폴더 삭제&quot;는 풀의 스토리지도 제거합니다(폴더 풀의 경우 폴더 자체이며, libvirt는 폴더가 비어 있을 때만 제거하므로 먼저 볼륨을 삭제하십시오).</translation>
    </message>
    <message>
        <source>Delete Storage Pool</source>
        <translation>스토리지 풀 삭제</translation>
    </message>
    <message>
        <source>Delete Pool Only</source>
        <translation>풀만 삭제</translation>
    </message>
    <message>
        <source>Delete Pool and Folder</source>
        <translation>풀과 폴더 삭제</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be deleted.</source>
        <translation>스토리지 풀 %1을(를) 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>New Volume</source>
        <translation>새 볼륨</translation>
    </message>
    <message>
        <source>The volume %1 could not be made in pool %2.</source>
        <translation>풀 %2에 볼륨 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>크기 조정</translation>
    </message>
    <message>
        <source>%1 could not be resized.</source>
        <translation>%1의 크기를 조정할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be made smaller.</source>
        <translation>%1의 크기를 줄일 수 없습니다.</translation>
    </message>
    <message>
        <source>Only raw volumes can be shrunk here; a %1 volume would lose the guest&apos;s data past the new end.</source>
        <translation>여기서는 raw 볼륨만 축소할 수 있습니다. %1 볼륨을 축소하면 새 끝 지점 이후의 게스트 데이터가 손실됩니다.</translation>
    </message>
    <message>
        <source>Shrink Volume</source>
        <translation>볼륨 축소</translation>
    </message>
    <message>
        <source>Shrink %1 from %2 to %3? Whatever the guest keeps past %3 is lost, and a file system that is not shrunk first in the guest will be damaged.</source>
        <translation>%1을(를) %2에서 %3(으)로 축소하시겠습니까? 게스트가 %3 이후에 보관한 데이터는 모두 손실되며, 게스트에서 먼저 축소하지 않은 파일 시스템은 손상됩니다.</translation>
    </message>
    <message>
        <source>Shrink</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Wipe Volume</source>
        <translation>볼륨 데이터 지우기</translation>
    </message>
    <message>
        <source>Overwrite all data in %1 with zeros? This cannot be undone.</source>
        <translation>%1의 모든 데이터를 0으로 덮어쓰시겠습니까? 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>%1 could not be wiped.</source>
        <translation>%1의 데이터를 지울 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete %1? The file is removed from the host.</source>
        <translation>%1을(를) 삭제하시겠습니까? 파일이 호스트에서 제거됩니다.</translation>
    </message>
    <message>
        <source>Delete %1? The file is removed from the host, and these virtual machines use it: %2. They will not start until their disk is changed.</source>
        <translation>%1을(를) 삭제하시겠습니까? 파일이 호스트에서 제거되며, 다음 가상 머신이 이 파일을 사용하고 있습니다: %2. 이 가상 머신들은 디스크를 변경할 때까지 시작되지 않습니다.</translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation>볼륨 삭제</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation>%1을(를) 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Uploading %1 into %2</source>
        <translation>%1을(를) %2(으)로 업로드하는 중</translation>
    </message>
    <message>
        <source>Downloading %1 into %2</source>
        <translation>%1을(를) %2(으)로 다운로드하는 중</translation>
    </message>
    <message>
        <source>Choose a File to Upload</source>
        <translation>업로드할 파일 선택</translation>
    </message>
    <message>
        <source>Download %1 to</source>
        <translation>%1 다운로드 위치</translation>
    </message>
    <message>
        <source>Upload a File into This Volume…</source>
        <translation>파일을 이 볼륨으로 업로드…</translation>
    </message>
</context>
<context>
    <name>HostWindow</name>
    <message>
        <source>%1 — Host Details — QVirt</source>
        <translation>%1 — 호스트 세부 정보 — QVirt</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>Tab of the host details window</extracomment>
        <translation>요약</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the connection URI, %2 the connection state</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The host details could not be read: %1</source>
        <translation>호스트 세부 정보를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>연결:</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>하이퍼바이저:</translation>
    </message>
    <message>
        <source>Libvirt:</source>
        <extracomment>Row label: the version of libvirt on the host</extracomment>
        <translation>Libvirt:</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <source>%1, %2 logical CPUs at %3 MHz (%4 sockets, %5 cores, %6 threads)</source>
        <translation>%1, 논리 CPU %2개, %3 MHz(소켓 %4개, 코어 %5개, 스레드 %6개)</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>메모리:</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <extracomment>Host memory: %1 the total, %2 the free amount</extracomment>
        <translation>%1(여유 %2)</translation>
    </message>
    <message>
        <source>Virtual machines:</source>
        <translation>가상 머신:</translation>
    </message>
    <message>
        <source>%1 defined, %2 running</source>
        <extracomment>Number of virtual machines on the host: %1 defined (all), %2 of them running</extracomment>
        <translation>정의됨 %1개, 실행 중 %2개</translation>
    </message>
    <message>
        <source>Host Devices</source>
        <translation>호스트 장치</translation>
    </message>
    <message>
        <source>Storage</source>
        <extracomment>Tab of the host details window: storage pools and volumes</extracomment>
        <translation>스토리지</translation>
    </message>
    <message>
        <source>Virtual Networks</source>
        <extracomment>Tab of the host details window</extracomment>
        <translation>가상 네트워크</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <extracomment>Tab of the host details window: the host&apos;s network interfaces</extracomment>
        <translation>인터페이스</translation>
    </message>
</context>
<context>
    <name>HostdevXml</name>
    <message>
        <source>An interface on network %1</source>
        <translation>네트워크 %1의 인터페이스</translation>
    </message>
    <message>
        <source>USB device %1:%2</source>
        <translation>USB 장치 %1:%2</translation>
    </message>
    <message>
        <source>USB device %1.%2</source>
        <translation>USB 장치 %1.%2</translation>
    </message>
    <message>
        <source>No PCI slot is free on the guest&apos;s root bus for %1; remove a device from the guest first.</source>
        <translation>게스트의 루트 버스에 %1에 사용할 빈 PCI 슬롯이 없습니다. 먼저 게스트에서 장치를 하나 제거하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address like 52:54:00:12:34:56.</source>
        <translation>&quot;%1&quot;은(는) 올바른 MAC 주소가 아닙니다(예: 52:54:00:12:34:56).</translation>
    </message>
    <message>
        <source>%1 is a multicast MAC address; a network interface needs a unicast one.</source>
        <translation>%1은(는) 멀티캐스트 MAC 주소입니다. 네트워크 인터페이스에는 유니캐스트 주소가 필요합니다.</translation>
    </message>
    <message>
        <source>The interface needs the name of its pool network.</source>
        <translation>인터페이스에는 풀 네트워크 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>The device has no host PCI address.</source>
        <translation>장치에 호스트 PCI 주소가 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PCI address like 0000:3b:00.0.</source>
        <translation>&quot;%1&quot;은(는) 올바른 PCI 주소가 아닙니다(예: 0000:3b:00.0).</translation>
    </message>
    <message>
        <source>A USB device needs both its vendor and its product ID.</source>
        <translation>USB 장치에는 공급업체 ID와 제품 ID가 모두 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a USB vendor or product ID like 0x046d.</source>
        <translation>&quot;%1&quot;은(는) 올바른 USB 공급업체 ID 또는 제품 ID가 아닙니다(예: 0x046d).</translation>
    </message>
    <message>
        <source>A USB device needs its vendor and product IDs or its bus and device numbers.</source>
        <translation>USB 장치에는 공급업체 ID와 제품 ID, 또는 버스 번호와 장치 번호가 필요합니다.</translation>
    </message>
    <message>
        <source>%1 is already passed through to this guest.</source>
        <translation>%1은(는) 이미 이 게스트에 패스스루되어 있습니다.</translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation>%1이(가) 목록에 두 번 있습니다.</translation>
    </message>
    <message>
        <source>%1 is not passed through to this guest.</source>
        <translation>%1은(는) 이 게스트에 패스스루되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The Hyper-V vendor ID &quot;%1&quot; must be 1 to 12 ASCII letters, digits or signs other than a comma.</source>
        <translation>Hyper-V 공급업체 ID &quot;%1&quot;은(는) 1~12자의 ASCII 문자, 숫자 또는 기호(쉼표 제외)여야 합니다.</translation>
    </message>
</context>
<context>
    <name>InterfacesPage</name>
    <message>
        <source>This host&apos;s libvirt has no interface driver, so its interfaces cannot be shown from here (on the host, &quot;ip address&quot; lists them): %1</source>
        <translation>이 호스트의 libvirt에 인터페이스 드라이버가 없어 여기에서 인터페이스를 표시할 수 없습니다(호스트에서 &quot;ip address&quot;로 목록을 볼 수 있습니다): %1</translation>
    </message>
    <message>
        <source>The host&apos;s interfaces could not be listed: %1</source>
        <translation>호스트의 인터페이스 목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Up</source>
        <extracomment>State of a host interface</extracomment>
        <translation>작동 중</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>유형:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC 주소:</translation>
    </message>
    <message>
        <source>IPv4 addresses:</source>
        <translation>IPv4 주소:</translation>
    </message>
    <message>
        <source>IPv6 addresses:</source>
        <translation>IPv6 주소:</translation>
    </message>
    <message>
        <source>Bridge ports:</source>
        <extracomment>Row label: the interfaces enslaved to a bridge</extracomment>
        <translation>브리지 포트:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <extracomment>Row label: what made a bridge; the value says it is a libvirt virtual network&apos;s own</extracomment>
        <translation>소유자:</translation>
    </message>
    <message>
        <source>A libvirt virtual network</source>
        <translation>libvirt 가상 네트워크</translation>
    </message>
    <message>
        <source>SR-IOV:</source>
        <extracomment>%1 virtual functions configured, %2 the most the card can have</extracomment>
        <translation>SR-IOV:</translation>
    </message>
    <message>
        <source>%1 of %2 virtual functions</source>
        <translation>가상 기능 %2개 중 %1개</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column: interface type (bridge, ethernet)</extracomment>
        <translation>유형</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 주소</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Bridge ports</source>
        <extracomment>Column: a bridge&apos;s ports</extracomment>
        <translation>브리지 포트</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Host interfaces</source>
        <translation>호스트 인터페이스</translation>
    </message>
    <message>
        <source>How to make a host bridge</source>
        <translation>호스트 브리지를 만드는 방법</translation>
    </message>
</context>
<context>
    <name>LifecycleController</name>
    <message>
        <source>Start</source>
        <extracomment>VM action: boot the virtual machine</extracomment>
        <translation>시작</translation>
    </message>
    <message>
        <source>Shut Down</source>
        <extracomment>VM action: ask the guest OS to shut down (ACPI)</extracomment>
        <translation>종료</translation>
    </message>
    <message>
        <source>Reboot</source>
        <extracomment>VM action: ask the guest OS to restart</extracomment>
        <translation>재부팅</translation>
    </message>
    <message>
        <source>Force Off</source>
        <extracomment>VM action, dialog title and button: cut the VM&apos;s power at once, like pulling the plug; use one term for it everywhere</extracomment>
        <translation>강제 종료</translation>
    </message>
    <message>
        <source>Force Reset</source>
        <extracomment>VM action, dialog title and button: press the VM&apos;s reset button; use one term for reset everywhere</extracomment>
        <translation>강제 리셋</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>action</comment>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>VM action: let a paused VM run again; not the same word as Restore (from a saved file) or Revert (to a snapshot)</extracomment>
        <translation>재개</translation>
    </message>
    <message>
        <source>Managed Save</source>
        <extracomment>VM action: save the VM&apos;s memory state in libvirt&apos;s own place and stop it; starting the VM resumes from it (virsh managedsave)</extracomment>
        <translation>관리 저장</translation>
    </message>
    <message>
        <source>Remove Managed Save</source>
        <translation>관리 저장 제거</translation>
    </message>
    <message>
        <source>Start at Host Boot</source>
        <translation>호스트 부팅 시 시작</translation>
    </message>
    <message>
        <source>Do Not Start at Host Boot</source>
        <translation>호스트 부팅 시 시작 안 함</translation>
    </message>
    <message>
        <source>The virtual machine is already running.</source>
        <translation>가상 머신이 이미 실행 중입니다.</translation>
    </message>
    <message>
        <source>Only a running virtual machine can be shut down or rebooted.</source>
        <translation>실행 중인 가상 머신만 종료하거나 재부팅할 수 있습니다.</translation>
    </message>
    <message>
        <source>The virtual machine is not running.</source>
        <translation>가상 머신이 실행 중이 아닙니다.</translation>
    </message>
    <message>
        <source>Only a running virtual machine can be paused.</source>
        <translation>실행 중인 가상 머신만 일시 정지할 수 있습니다.</translation>
    </message>
    <message>
        <source>The virtual machine is not paused.</source>
        <translation>가상 머신이 일시 정지 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>A transient virtual machine has no managed save.</source>
        <translation>임시 가상 머신에는 관리 저장이 없습니다.</translation>
    </message>
    <message>
        <source>The virtual machine has no managed save image.</source>
        <translation>가상 머신에 관리 저장 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>A transient virtual machine cannot start at host boot.</source>
        <translation>임시 가상 머신은 호스트 부팅 시 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>These virtual machines could not be started:</source>
        <translation>다음 가상 머신을 시작할 수 없습니다:</translation>
    </message>
    <message>
        <source>These virtual machines could not be shut down:</source>
        <translation>다음 가상 머신을 종료할 수 없습니다:</translation>
    </message>
    <message>
        <source>These virtual machines could not be rebooted:</source>
        <translation>다음 가상 머신을 재부팅할 수 없습니다:</translation>
    </message>
    <message>
        <source>These virtual machines could not be forced off:</source>
        <translation>다음 가상 머신을 강제 종료할 수 없습니다:</translation>
    </message>
    <message>
        <source>These virtual machines could not be reset:</source>
        <translation>다음 가상 머신을 리셋할 수 없습니다:</translation>
    </message>
    <message>
        <source>These virtual machines could not be paused:</source>
        <translation>다음 가상 머신을 일시 정지할 수 없습니다:</translation>
    </message>
    <message>
        <source>These virtual machines could not be resumed:</source>
        <translation>다음 가상 머신을 재개할 수 없습니다:</translation>
    </message>
    <message>
        <source>The state of these virtual machines could not be saved:</source>
        <translation>다음 가상 머신의 상태를 저장할 수 없습니다:</translation>
    </message>
    <message>
        <source>The managed save of these virtual machines could not be removed:</source>
        <translation>다음 가상 머신의 관리 저장을 제거할 수 없습니다:</translation>
    </message>
    <message>
        <source>Autostart could not be changed for these virtual machines:</source>
        <translation>다음 가상 머신의 자동 시작 설정을 변경할 수 없습니다:</translation>
    </message>
    <message>
        <source>Check that each virtual machine is in a state that allows this action, and see the host&apos;s libvirt log (/var/log/libvirt/) for details.</source>
        <translation>각 가상 머신이 이 작업을 허용하는 상태인지 확인하고, 자세한 내용은 호스트의 libvirt 로그(/var/log/libvirt/)를 참조하십시오.</translation>
    </message>
    <message>
        <source>Force off %1?

This is like pulling the power plug: the guest loses everything it has not written to disk.</source>
        <translation>%1을(를) 강제 종료하시겠습니까?

전원 플러그를 뽑는 것과 같습니다. 게스트에서 디스크에 기록하지 않은 모든 데이터가 손실됩니다.</translation>
    </message>
    <message>
        <source>Reset %1?

This is like pressing the reset button: the guest loses everything it has not written to disk.</source>
        <translation>%1을(를) 리셋하시겠습니까?

리셋 버튼을 누르는 것과 같습니다. 게스트에서 디스크에 기록하지 않은 모든 데이터가 손실됩니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a VM name, %2 the error message</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Path on the host %1:</source>
        <translation>호스트 %1의 경로:</translation>
    </message>
    <message>
        <source>Save to File</source>
        <extracomment>Title of the error box when saving VMs to files failed (virsh save: the VM&apos;s state is written to a file and the VM stops)</extracomment>
        <translation>파일로 저장</translation>
    </message>
    <message>
        <source>The state of these virtual machines could not be saved to a file:</source>
        <translation>다음 가상 머신의 상태를 파일로 저장할 수 없습니다:</translation>
    </message>
    <message>
        <source>Save %1 to File</source>
        <translation>%1을(를) 파일로 저장</translation>
    </message>
    <message numerus="yes">
        <source>Save %n Virtual Machines to Folder</source>
        <translation>
            <numerusform>가상 머신 %n개를 폴더에 저장</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <extracomment>%1 is a VM name, %2 the file it was to be saved to, %3 the error message</extracomment>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>Restore Virtual Machine from File</source>
        <translation>파일에서 가상 머신 복원</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>Dialog title and button: start a VM from a state file written by &quot;Save to File&quot; (virsh restore); not the same word as Revert (snapshot) or Resume (paused VM)</extracomment>
        <translation>복원</translation>
    </message>
    <message>
        <source>%1 is not a saved virtual machine state that this host can read.</source>
        <translation>%1은(는) 이 호스트에서 읽을 수 있는 가상 머신 저장 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>Choose a file written by &quot;Save to File&quot; (virsh save) on this host.</source>
        <translation>이 호스트에서 &quot;파일로 저장&quot;(virsh save)으로 기록한 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is running. Restoring the saved state forces it off first; whatever it has not written to disk is lost.</source>
        <translation>%1이(가) 실행 중입니다. 저장된 상태를 복원하면 먼저 강제 종료되며, 디스크에 기록되지 않은 모든 데이터가 손실됩니다.</translation>
    </message>
    <message>
        <source>Force Off and Restore</source>
        <translation>강제 종료 후 복원</translation>
    </message>
    <message>
        <source>The running virtual machine could not be forced off, so nothing was restored.</source>
        <translation>실행 중인 가상 머신을 강제 종료할 수 없어서 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>The virtual machine could not be restored from %1.</source>
        <translation>%1에서 가상 머신을 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>The file is kept. Check that the disks it refers to still exist, and the host&apos;s libvirt log.</source>
        <translation>파일은 그대로 남아 있습니다. 파일이 참조하는 디스크가 아직 존재하는지 확인하고, 호스트의 libvirt 로그를 확인하십시오.</translation>
    </message>
    <message>
        <source>Rename</source>
        <extracomment>Title of message boxes about renaming a VM</extracomment>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Shut %1 off first: libvirt renames only virtual machines that are not running.</source>
        <translation>먼저 %1을(를) 종료하십시오. libvirt는 실행 중이 아닌 가상 머신만 이름을 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Rename Virtual Machine</source>
        <translation>가상 머신 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1의 새 이름:</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2.</source>
        <translation>%1의 이름을 %2(으)로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose a name no other virtual machine on this host uses.</source>
        <translation>이 호스트의 다른 가상 머신이 사용하지 않는 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Title of the error box when deleting virtual machines did not fully succeed</extracomment>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Deleting did not fully succeed:</source>
        <translation>삭제가 완전히 성공하지 못했습니다:</translation>
    </message>
    <message>
        <source>%1: image %2 was not deleted: %3</source>
        <translation>%1: 이미지 %2을(를) 삭제하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>Folder on the hosts:</source>
        <translation>각 호스트의 폴더:</translation>
    </message>
    <message>
        <source>%1 is deleted, but these images are in no storage pool on %2, so libvirt could not delete them:

%3

QVirt can open each image&apos;s folder as a temporary storage pool, delete the images through it and remove the pool again; the folders and every other file in them stay. Delete the images now?</source>
        <translation>%1이(가) 삭제되었지만, 다음 이미지는 %2의 어느 스토리지 풀에도 없으므로 libvirt가 삭제할 수 없었습니다:

%3

QVirt는 각 이미지의 폴더를 임시 스토리지 풀로 열어 이를 통해 이미지를 삭제한 후 풀을 다시 제거할 수 있습니다. 폴더와 그 안의 다른 파일은 모두 그대로 남습니다. 지금 이미지를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete Images</source>
        <translation>이미지 삭제</translation>
    </message>
    <message>
        <source>Delete the Images</source>
        <translation>이미지 삭제</translation>
    </message>
    <message>
        <source>Keep the Files</source>
        <translation>파일 유지</translation>
    </message>
    <message>
        <source>These images of %1 stay on %2; remove them on the host when they are no longer needed:

%3</source>
        <translation>%1의 다음 이미지는 %2에 남아 있습니다. 더 이상 필요하지 않으면 호스트에서 제거하십시오:

%3</translation>
    </message>
    <message>
        <source>These images of %1 stay on %2:</source>
        <translation>%1의 다음 이미지는 %2에 남아 있습니다:</translation>
    </message>
    <message>
        <source>Remove them on the host, or give their folder a storage pool in the host window&apos;s Storage page.</source>
        <translation>호스트에서 제거하거나, 호스트 창의 스토리지 페이지에서 해당 폴더에 대한 스토리지 풀을 만드십시오.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Remove Connection</source>
        <extracomment>Remove a connection from QVirt&apos;s list; nothing on the host is deleted</extracomment>
        <translation>연결 제거</translation>
    </message>
    <message>
        <source>Remove %1 from QVirt? Its virtual machines keep running; only QVirt forgets the connection.</source>
        <translation>QVirt에서 %1을(를) 제거하시겠습니까? 해당 가상 머신은 계속 실행되며, QVirt만 이 연결을 더 이상 기억하지 않습니다.</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Confirmation button: remove the connection from QVirt&apos;s list (nothing on the host is deleted)</extracomment>
        <translation>제거</translation>
    </message>
    <message>
        <source>QVirt Virtual Machine Manager</source>
        <translation>QVirt 가상 머신 관리자</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu</extracomment>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation>가상 머신(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <extracomment>Menu: actions on the selected connection (libvirt host)</extracomment>
        <translation>호스트(&amp;H)</translation>
    </message>
    <message>
        <source>Add Connection…</source>
        <translation>연결 추가…</translation>
    </message>
    <message>
        <source>Restore from File…</source>
        <extracomment>Start a VM again from a state file written by &quot;Save to File&quot; (virsh restore); not a snapshot revert</extracomment>
        <translation>파일에서 복원…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>Menu action: connect to the selected libvirt host</extracomment>
        <translation>연결</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <extracomment>Menu action: close the connection to the selected libvirt host</extracomment>
        <translation>연결 끊기</translation>
    </message>
    <message>
        <source>Connect Automatically</source>
        <translation>자동으로 연결</translation>
    </message>
    <message>
        <source>Host Details</source>
        <translation>호스트 세부 정보</translation>
    </message>
    <message>
        <source>Remove Connection…</source>
        <translation>연결 제거…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Connection Failed</source>
        <translation>연결 실패</translation>
    </message>
    <message>
        <source>QVirt could not connect to %1.</source>
        <translation>QVirt가 %1에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Check the URI, that the host is reachable and libvirtd runs there, and your login. Your other connections are not affected.</source>
        <translation>URI, 호스트에 접근할 수 있고 libvirtd가 실행 중인지, 그리고 로그인 정보를 확인하십시오. 다른 연결에는 영향을 주지 않습니다.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>다시 시도</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machine(s) selected</source>
        <translation>
            <numerusform>가상 머신 %n개 선택됨</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): disconnected, retrying. %3</source>
        <translation>%1 (%2): 연결이 끊어졌습니다. 다시 시도하는 중입니다. %3</translation>
    </message>
    <message>
        <source>%1 (%2): could not connect. %3</source>
        <translation>%1 (%2): 연결할 수 없습니다. %3</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Menu title, as in virt-manager: holds Preferences.</extracomment>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>기본 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;New VM…</source>
        <translation>새 가상 머신(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a virtual machine on the selected host</source>
        <translation>선택한 호스트에 가상 머신을 만듭니다</translation>
    </message>
</context>
<context>
    <name>MemoryForm</name>
    <message>
        <source>Maximum memory (MiB):</source>
        <translation>최대 메모리(MiB):</translation>
    </message>
    <message>
        <source>Memory now (MiB):</source>
        <translation>현재 메모리(MiB):</translation>
    </message>
    <message>
        <source>The host has %1 MiB of memory.</source>
        <translation>호스트의 메모리는 %1MiB입니다.</translation>
    </message>
    <message>
        <source>This VM has no memory balloon: its memory changes only when it starts again.</source>
        <translation>이 가상 머신에는 메모리 벌룬이 없습니다. 메모리 변경은 가상 머신을 다시 시작해야 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>How will the operating system be installed?</source>
        <translation>운영 체제를 어떻게 설치하시겠습니까?</translation>
    </message>
    <message>
        <source>From an installation ISO image or CD-ROM on the host</source>
        <translation>호스트의 설치 ISO 이미지 또는 CD-ROM에서 설치</translation>
    </message>
    <message>
        <source>From a network install tree (HTTP, HTTPS or FTP)</source>
        <translation>네트워크 설치 트리에서 설치(HTTP, HTTPS 또는 FTP)</translation>
    </message>
    <message>
        <source>Import an existing disk image</source>
        <translation>기존 디스크 이미지 가져오기</translation>
    </message>
    <message>
        <source>Network boot (PXE)</source>
        <translation>네트워크 부팅(PXE)</translation>
    </message>
    <message>
        <source>No installation: create an empty VM</source>
        <translation>설치 안 함: 빈 가상 머신 만들기</translation>
    </message>
    <message>
        <source>Reading what the host offers…</source>
        <translation>호스트 기능을 읽는 중…</translation>
    </message>
    <message>
        <source>The host&apos;s capabilities could not be read: %1</source>
        <translation>호스트의 기능 정보를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>VMs on this host run with KVM hardware acceleration.</source>
        <translation>이 호스트의 가상 머신은 KVM 하드웨어 가속으로 실행됩니다.</translation>
    </message>
    <message>
        <source>This host has no KVM: VMs run in QEMU&apos;s software emulation (TCG), which is much slower. Enable virtualization in the host&apos;s firmware if its CPU has it.</source>
        <translation>이 호스트에는 KVM이 없습니다. 가상 머신은 QEMU의 소프트웨어 에뮬레이션(TCG)으로 실행되며 훨씬 느립니다. 호스트 CPU가 가상화를 지원하면 호스트 펌웨어에서 가상화를 활성화하십시오.</translation>
    </message>
</context>
<context>
    <name>MigrateDialog</name>
    <message>
        <source>Migrate %1 — QVirt</source>
        <extracomment>Window title; %1 is the name of a virtual machine</extracomment>
        <translation>%1 마이그레이션 — QVirt</translation>
    </message>
    <message>
        <source>%1 runs on %2. It keeps running while it moves to the destination host.</source>
        <translation>%1이(가) %2에서 실행 중입니다. 대상 호스트로 이동하는 동안에도 계속 실행됩니다.</translation>
    </message>
    <message>
        <source>%1 is shut off on %2. Its definition moves to the destination host, and its disks too if you copy them.</source>
        <translation>%1은(는) %2에서 꺼져 있습니다. 정의가 대상 호스트로 이동하며, 디스크를 복사하도록 선택하면 디스크도 함께 이동합니다.</translation>
    </message>
    <message>
        <source>Destination host:</source>
        <translation>대상 호스트:</translation>
    </message>
    <message>
        <source>No other host is connected. Connect to the destination host first (File ▸ Add Connection…).</source>
        <translation>연결된 다른 호스트가 없습니다. 먼저 대상 호스트에 연결하십시오(파일 ▸ 연결 추가…).</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>디스크</translation>
    </message>
    <message>
        <source>Both hosts share the disks (NFS, iSCSI, Ceph…)</source>
        <translation>두 호스트가 디스크를 공유함(NFS, iSCSI, Ceph…)</translation>
    </message>
    <message>
        <source>Copy every disk to the destination host</source>
        <translation>모든 디스크를 대상 호스트로 복사</translation>
    </message>
    <message>
        <source>Copy only the top layer of each disk (its backing files are on the destination already)</source>
        <translation>각 디스크의 최상위 계층만 복사(백킹 파일이 이미 대상 호스트에 있음)</translation>
    </message>
    <message>
        <source>Create storage pools on the destination for folders it has none for</source>
        <translation>스토리지 풀이 없는 폴더에 대해 대상 호스트에 스토리지 풀 만들기</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Directly between the hosts (fastest)</source>
        <translation>호스트 간 직접 연결(가장 빠름)</translation>
    </message>
    <message>
        <source>Through libvirt&apos;s connection (one port, encrypted when libvirt&apos;s is)</source>
        <translation>libvirt 연결을 통해 터널링(포트 하나 사용, libvirt 연결이 암호화되어 있으면 함께 암호화됨)</translation>
    </message>
    <message>
        <source>The destination connection&apos;s address</source>
        <translation>대상 연결의 주소</translation>
    </message>
    <message>
        <source>When tunnelled, the source host&apos;s libvirt connects to the destination itself. Give the address it reaches it by, if it differs from this connection&apos;s.</source>
        <translation>터널링을 사용하면 원본 호스트의 libvirt가 대상 호스트에 직접 연결합니다. 원본 호스트가 대상 호스트에 접근하는 주소가 이 연결의 주소와 다르면 그 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>Destination as the source host reaches it:</source>
        <translation>원본 호스트에서 접근하는 대상 주소:</translation>
    </message>
    <message>
        <source>Keep the virtual machine defined on the destination after it stops</source>
        <translation>가상 머신이 중지된 후에도 대상 호스트에 정의 유지</translation>
    </message>
    <message>
        <source>Keep its definition on this host too</source>
        <translation>이 호스트에도 정의 유지</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <extracomment>Bandwidth limit of a migration in mebibytes per second</extracomment>
        <translation> MiB/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>Shown in the bandwidth box when it is 0</extracomment>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Bandwidth limit:</source>
        <translation>대역폭 제한:</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>Milliseconds</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>libvirt&apos;s default</source>
        <extracomment>Shown in the longest-pause box when it is 0</extracomment>
        <translation>libvirt 기본값</translation>
    </message>
    <message>
        <source>Longest pause of the guest:</source>
        <translation>게스트 최대 일시 정지 시간:</translation>
    </message>
    <message>
        <source>Slow the guest down if its memory changes faster than it can move (auto-converge)</source>
        <translation>메모리가 이동 속도보다 빠르게 변경되면 게스트 속도 낮추기(자동 수렴, auto-converge)</translation>
    </message>
    <message>
        <source>Run it on the destination after the first pass; the rest of its memory follows (post-copy)</source>
        <translation>첫 번째 전송 후 대상 호스트에서 실행하고 나머지 메모리는 뒤이어 전송(포스트 카피, post-copy)</translation>
    </message>
    <message>
        <source>If either host or the link between them fails during post-copy, the guest is lost. Both hosts need QEMU with userfaultfd.</source>
        <translation>포스트 카피 중에 어느 한 호스트나 두 호스트 간 연결에 장애가 발생하면 게스트가 손실됩니다. 두 호스트 모두 userfaultfd를 지원하는 QEMU가 필요합니다.</translation>
    </message>
    <message>
        <source>Move even where libvirt cannot tell that the disks are shared (unsafe)</source>
        <translation>libvirt가 디스크 공유 여부를 확인할 수 없어도 이동(안전하지 않음)</translation>
    </message>
    <message>
        <source>Migration progress</source>
        <translation>마이그레이션 진행 상황</translation>
    </message>
    <message>
        <source>Switch to Post-Copy</source>
        <translation>포스트 카피로 전환</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>마이그레이션</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A destination host in the migrate dialog: %1 its name, %2 its connection URI</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The definition of %1 could not be read: %2</source>
        <translation>%1의 정의를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Both hosts need QEMU for this.</source>
        <translation>이 기능을 사용하려면 두 호스트 모두 QEMU가 필요합니다.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>복사됨: %1</translation>
    </message>
    <message>
        <source>Used where they are (both hosts must reach them): %1</source>
        <translation>현재 위치에서 사용(두 호스트 모두 접근할 수 있어야 함): %1</translation>
    </message>
    <message>
        <source>Its UEFI variables (NVRAM) stay on this host; the destination starts with fresh ones unless the file is there too.</source>
        <translation>UEFI 변수(NVRAM)는 이 호스트에 남습니다. 대상 호스트에도 해당 파일이 없으면 대상 호스트에서는 새 UEFI 변수로 시작합니다.</translation>
    </message>
    <message>
        <source>%1 cannot move while it runs: host devices are passed through to it (%2), and their state cannot move with it. Shut it down and move it offline, or remove the devices from it first.</source>
        <translation>%1은(는) 실행 중에는 이동할 수 없습니다. 호스트 장치(%2)가 패스스루되어 있으며, 이 장치들의 상태는 가상 머신과 함께 이동할 수 없습니다. 가상 머신을 종료한 후 오프라인으로 이동하거나, 먼저 가상 머신에서 장치를 제거하십시오.</translation>
    </message>
    <message>
        <source>Preparing the move of %1 to %2…</source>
        <translation>%1을(를) %2(으)로 이동할 준비를 하는 중…</translation>
    </message>
    <message>
        <source>Checking both hosts and preparing the disks on the destination…</source>
        <translation>두 호스트를 확인하고 대상 호스트에 디스크를 준비하는 중…</translation>
    </message>
    <message>
        <source>Copying the disks: %1 of %2.</source>
        <translation>디스크 복사 중: %2 중 %1.</translation>
    </message>
    <message>
        <source>Moving memory: %1 of %2 moved, %3 left.</source>
        <translation>메모리 이동 중: %2 중 %1 이동됨, %3 남음.</translation>
    </message>
    <message>
        <source>Starting the move…</source>
        <translation>이동을 시작하는 중…</translation>
    </message>
    <message>
        <source>Post-copy: %1 runs on the destination; %2 of its memory still follows. The move cannot be cancelled now.</source>
        <translation>포스트 카피: %1이(가) 대상 호스트에서 실행 중이며, 아직 전송할 메모리가 %2 남았습니다. 이제 이동을 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>Finishing on the destination…</source>
        <translation>대상 호스트에서 마무리하는 중…</translation>
    </message>
    <message>
        <source>The guest changes %1 of memory a second; pass %2.</source>
        <extracomment>%1 is an amount of data such as &quot;12.5 MiB&quot;, %2 a number of passes</extracomment>
        <translation>게스트가 초당 %1의 메모리를 변경합니다. %2번째 전송 중입니다.</translation>
    </message>
    <message>
        <source>Transfer rate: %1 a second.</source>
        <translation>전송 속도: 초당 %1.</translation>
    </message>
    <message>
        <source>The move was cancelled. %1 is on this host, as it was.</source>
        <translation>이동이 취소되었습니다. %1은(는) 이전과 같이 이 호스트에 있습니다.</translation>
    </message>
    <message>
        <source>%1 is now on the destination host.</source>
        <translation>이제 %1이(가) 대상 호스트에 있습니다.</translation>
    </message>
    <message>
        <source>Storage pools made there: %1.</source>
        <translation>대상 호스트에 만든 스토리지 풀: %1.</translation>
    </message>
    <message>
        <source>Its disk images stay on this host; delete them when it runs well there: %1</source>
        <translation>디스크 이미지는 이 호스트에 남아 있습니다. 대상 호스트에서 가상 머신이 제대로 실행되면 삭제하십시오: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cancelling the move of %1…</source>
        <translation>%1의 이동을 취소하는 중…</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>%1 can be moved only while it runs, is paused or is shut off. Start it or shut it down first.</source>
        <translation>%1은(는) 실행 중, 일시 정지됨 또는 꺼짐 상태일 때만 이동할 수 있습니다. 먼저 가상 머신을 시작하거나 종료하십시오.</translation>
    </message>
    <message>
        <source>%1 cannot move while it runs: host devices are passed through to it (%2), and their state cannot move with it. Shut it down and move it offline, or remove the devices from it first.</source>
        <translation>%1은(는) 실행 중에는 이동할 수 없습니다. 호스트 장치(%2)가 패스스루되어 있으며, 이 장치들의 상태는 가상 머신과 함께 이동할 수 없습니다. 가상 머신을 종료한 후 오프라인으로 이동하거나, 먼저 가상 머신에서 장치를 제거하십시오.</translation>
    </message>
    <message>
        <source>The source and the destination are the same host (host UUID %1). Choose a connection to another host.</source>
        <translation>원본과 대상이 같은 호스트입니다(호스트 UUID %1). 다른 호스트에 대한 연결을 선택하십시오.</translation>
    </message>
    <message>
        <source>The destination host already has a virtual machine named %1. Rename one of them first.</source>
        <translation>대상 호스트에 이미 %1(이)라는 가상 머신이 있습니다. 먼저 둘 중 하나의 이름을 바꾸십시오.</translation>
    </message>
    <message>
        <source>The destination host already has a virtual machine with the UUID of %1 (%2).</source>
        <translation>대상 호스트에 이미 %1과(와) 같은 UUID(%2)를 가진 가상 머신이 있습니다.</translation>
    </message>
    <message>
        <source>The destination host has no storage pool for the folder %1, so the disks cannot be created there. Add the folder as a storage pool on that host, or let QVirt create one.</source>
        <translation>대상 호스트에 폴더 %1에 대한 스토리지 풀이 없으므로 그곳에 디스크를 만들 수 없습니다. 해당 호스트에서 이 폴더를 스토리지 풀로 추가하거나, QVirt가 스토리지 풀을 만들도록 하십시오.</translation>
    </message>
    <message>
        <source>The destination host already has a file at %1. QVirt does not overwrite it: move or delete it there, or choose shared storage.</source>
        <translation>대상 호스트의 %1에 이미 파일이 있습니다. QVirt는 이 파일을 덮어쓰지 않습니다. 대상 호스트에서 파일을 옮기거나 삭제하거나, 공유 스토리지를 선택하십시오.</translation>
    </message>
    <message>
        <source>The destination host made the disk at %1 instead of %2.</source>
        <translation>대상 호스트가 디스크를 %2이(가) 아닌 %1에 만들었습니다.</translation>
    </message>
    <message>
        <source>Copying only the top layer of %1 needs its backing file %2 on the destination host, and it is not there (in a storage pool). Copy the whole disks instead, or copy the backing file there first.</source>
        <translation>%1의 최상위 계층만 복사하려면 대상 호스트의 스토리지 풀에 백킹 파일 %2이(가) 있어야 하지만 없습니다. 대신 디스크 전체를 복사하거나, 먼저 백킹 파일을 대상 호스트에 복사하십시오.</translation>
    </message>
    <message>
        <source>%1 is in no storage pool on the source host, so libvirt cannot read it there. Add its folder as a storage pool on that host, or choose shared storage.</source>
        <translation>%1은(는) 원본 호스트의 어느 스토리지 풀에도 없으므로 libvirt가 읽을 수 없습니다. 해당 호스트에서 이 파일이 있는 폴더를 스토리지 풀로 추가하거나, 공유 스토리지를 선택하십시오.</translation>
    </message>
    <message>
        <source>The move was cancelled.</source>
        <translation>이동이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The longest pause for %1 could not be set: %2</source>
        <translation>%1의 최대 일시 정지 시간을 설정할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 could not be moved to %2: libvirt cannot tell that both hosts share its disks (%3). Copy the storage, or, if the disks really are shared, allow an unsafe move.</source>
        <translation>%1을(를) %2(으)로 이동할 수 없습니다. libvirt가 두 호스트의 디스크(%3) 공유 여부를 확인할 수 없습니다. 스토리지를 복사하거나, 디스크가 실제로 공유되어 있다면 안전하지 않은 이동을 허용하십시오.</translation>
    </message>
    <message>
        <source>%1 could not be moved to %2, and it still runs on the source host: %3</source>
        <translation>%1을(를) %2(으)로 이동할 수 없습니다. 가상 머신은 원본 호스트에서 계속 실행 중입니다: %3</translation>
    </message>
    <message>
        <source>%1 could not be moved to %2, and it is still on the source host: %3</source>
        <translation>%1을(를) %2(으)로 이동할 수 없습니다. 가상 머신은 여전히 원본 호스트에 있습니다: %3</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network and display</source>
        <translation>네트워크 및 디스플레이</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Display (VNC)</source>
        <translation>디스플레이(VNC)</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>연결 대상(&amp;C):</translation>
    </message>
    <message>
        <source>Device &amp;model:</source>
        <translation>장치 모델(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation>MAC 주소(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>수신 대기 주소(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>암호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Video:</source>
        <translation>비디오(&amp;V):</translation>
    </message>
    <message>
        <source>Chosen by libvirt</source>
        <translation>libvirt가 선택</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>This host only (127.0.0.1; reach it through QVirt or an SSH tunnel)</source>
        <translation>이 호스트만(127.0.0.1, QVirt 또는 SSH 터널을 통해 접속)</translation>
    </message>
    <message>
        <source>Every network interface of the host (0.0.0.0)</source>
        <translation>호스트의 모든 네트워크 인터페이스(0.0.0.0)</translation>
    </message>
    <message>
        <source>&amp;Start this network now and whenever the host starts</source>
        <translation>이 네트워크를 지금 시작하고 호스트가 시작될 때마다 시작(&amp;S)</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>격리됨</translation>
    </message>
    <message>
        <source>Virtual network %1 (%2)</source>
        <translation>가상 네트워크 %1(%2)</translation>
    </message>
    <message>
        <source>Virtual network %1 (%2, inactive)</source>
        <translation>가상 네트워크 %1(%2, 비활성)</translation>
    </message>
    <message>
        <source>Host bridge %1</source>
        <translation>호스트 브리지 %1</translation>
    </message>
    <message>
        <source>Macvtap on %1 (the host itself cannot reach the VM)</source>
        <translation>%1의 Macvtap(호스트 자체에서는 가상 머신에 접근할 수 없음)</translation>
    </message>
    <message>
        <source>User-mode networking (no setup on the host; slower)</source>
        <translation>사용자 모드 네트워킹(호스트 설정 불필요, 느림)</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>네트워크 없음</translation>
    </message>
    <message>
        <source>The network %1 is not running: the VM cannot start until it is.</source>
        <translation>네트워크 %1이(가) 실행 중이 아닙니다. 네트워크가 실행될 때까지 가상 머신을 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Anyone who can reach the host can see and use this VM&apos;s screen. Set a password, or listen on this host only.</source>
        <translation>호스트에 접근할 수 있는 누구나 이 가상 머신의 화면을 보고 사용할 수 있습니다. 암호를 설정하거나 이 호스트에서만 수신 대기하도록 하십시오.</translation>
    </message>
    <message>
        <source>The MAC address must be six pairs of hexadecimal digits, such as 52:54:00:12:34:56, or empty.</source>
        <translation>MAC 주소는 52:54:00:12:34:56처럼 16진수 두 자리씩 여섯 쌍이거나 비어 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>Networks</name>
    <message>
        <source>The host&apos;s networks could not be listed.</source>
        <translation>호스트의 네트워크 목록을 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>The network could not be defined.</source>
        <translation>네트워크를 정의할 수 없습니다.</translation>
    </message>
    <message>
        <source>The network %1 was defined but could not be started: %2</source>
        <translation>네트워크 %1이(가) 정의되었지만 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The network %1 was defined, but starting it with the host could not be set: %2</source>
        <translation>네트워크 %1을(를) 정의했지만 호스트와 함께 시작하도록 설정할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The definition names the UUID %1, but this network&apos;s UUID is %2. Saving it would define a second network; put back the UUID %2.</source>
        <translation>정의에 UUID %1이(가) 지정되어 있지만 이 네트워크의 UUID는 %2입니다. 이대로 저장하면 두 번째 네트워크가 정의됩니다. UUID를 %2(으)로 되돌리십시오.</translation>
    </message>
    <message>
        <source>The definition names the network &quot;%1&quot;, but it is called &quot;%2&quot;. A network cannot be renamed through its definition: put back the name &quot;%2&quot;, or make a new network.</source>
        <translation>정의에 네트워크 이름이 &quot;%1&quot;(으)로 되어 있지만 실제 이름은 &quot;%2&quot;입니다. 정의를 통해 네트워크 이름을 바꿀 수는 없습니다. 이름을 &quot;%2&quot;(으)로 되돌리거나 새 네트워크를 만드십시오.</translation>
    </message>
    <message>
        <source>This host&apos;s libvirt does not report its interfaces: %1</source>
        <translation>이 호스트의 libvirt가 인터페이스 정보를 제공하지 않습니다: %1</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>Isolated</source>
        <extracomment>Forward mode of a virtual network: no forwarding, guests and host only</extracomment>
        <translation>격리됨</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Routed</source>
        <extracomment>Forward mode of a virtual network</extracomment>
        <translation>라우팅</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Forward mode of a virtual network: routed without firewall rules</extracomment>
        <translation>개방</translation>
    </message>
    <message>
        <source>Bridged</source>
        <extracomment>Forward mode of a virtual network: guests on an existing host bridge</extracomment>
        <translation>브리지</translation>
    </message>
    <message>
        <source>SR-IOV pool</source>
        <extracomment>Forward mode of a virtual network: a pool of SR-IOV virtual functions</extracomment>
        <translation>SR-IOV 풀</translation>
    </message>
    <message>
        <source>The host&apos;s virtual networks could not be listed: %1</source>
        <translation>호스트의 가상 네트워크 목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>State of a virtual network</extracomment>
        <translation>활성</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>비활성</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Whether a network starts with the host</extracomment>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A DHCP range: %1 the first address, %2 the last</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>연결이 닫혔습니다.</translation>
    </message>
    <message>
        <source>No network is selected.</source>
        <translation>선택한 네트워크가 없습니다.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Starts with the host:</source>
        <translation>호스트와 함께 시작:</translation>
    </message>
    <message>
        <source>Persistent:</source>
        <extracomment>Row label: whether the network has a persistent definition</extracomment>
        <translation>영구:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>모드:</translation>
    </message>
    <message>
        <source>Bridge:</source>
        <translation>브리지:</translation>
    </message>
    <message>
        <source>IPv4 address:</source>
        <translation>IPv4 주소:</translation>
    </message>
    <message>
        <source>DHCP range:</source>
        <translation>DHCP 범위:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Forward device:</source>
        <translation>포워딩 장치:</translation>
    </message>
    <message>
        <source>Physical function:</source>
        <translation>물리 기능:</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>DHCP leases (the network is not running)</source>
        <translation>DHCP 임대(네트워크가 실행 중이 아님)</translation>
    </message>
    <message>
        <source>&amp;DHCP leases</source>
        <translation>DHCP 임대(&amp;D)</translation>
    </message>
    <message>
        <source>The DHCP leases of %1 could not be read: %2</source>
        <translation>%1의 DHCP 임대를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Expiry of a DHCP lease that never expires</extracomment>
        <translation>만료 없음</translation>
    </message>
    <message>
        <source>&amp;DHCP leases: none</source>
        <translation>DHCP 임대(&amp;D): 없음</translation>
    </message>
    <message>
        <source>Virtual Networks</source>
        <translation>가상 네트워크</translation>
    </message>
    <message>
        <source>Check the network&apos;s definition on its XML tab and the host&apos;s libvirt log.</source>
        <translation>XML 탭에서 네트워크 정의를 확인하고 호스트의 libvirt 로그를 확인하십시오.</translation>
    </message>
    <message>
        <source>The network %1 could not be started.</source>
        <translation>네트워크 %1을(를) 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Stop Network</source>
        <translation>네트워크 중지</translation>
    </message>
    <message>
        <source>Stop the network %1? Running VMs on it lose their connection until it is started again.</source>
        <translation>네트워크 %1을(를) 중지하시겠습니까? 이 네트워크를 사용하는 실행 중인 가상 머신은 네트워크를 다시 시작할 때까지 연결이 끊깁니다.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>중지(&amp;S)</translation>
    </message>
    <message>
        <source>The network %1 could not be stopped.</source>
        <translation>네트워크 %1을(를) 중지할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete the network %1? It is stopped and its definition removed; this cannot be undone.</source>
        <translation>네트워크 %1을(를) 삭제하시겠습니까? 네트워크가 중지되고 정의가 제거됩니다. 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete the network %1? These VMs have an interface on it and will not start until they are moved to another network: %2. It is stopped and its definition removed; this cannot be undone.</source>
        <translation>네트워크 %1을(를) 삭제하시겠습니까? 다음 가상 머신에 이 네트워크의 인터페이스가 있으며, 다른 네트워크로 옮길 때까지 시작되지 않습니다: %2. 네트워크가 중지되고 정의가 제거됩니다. 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete Network</source>
        <translation>네트워크 삭제</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>The network %1 could not be deleted.</source>
        <translation>네트워크 %1을(를) 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>The network %1 could not be set to start with the host.</source>
        <translation>네트워크 %1이(가) 호스트와 함께 시작되도록 설정할 수 없습니다.</translation>
    </message>
    <message>
        <source>The network %1 could not be kept from starting with the host.</source>
        <translation>네트워크 %1이(가) 호스트와 함께 시작되지 않도록 설정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Autostart</source>
        <extracomment>Column: starts with the host</extracomment>
        <translation>자동 시작</translation>
    </message>
    <message>
        <source>Persistent</source>
        <extracomment>Column: has a persistent definition</extracomment>
        <translation>영구</translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>Column: forward mode</extracomment>
        <translation>모드</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>브리지</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4 주소</translation>
    </message>
    <message>
        <source>DHCP range</source>
        <translation>DHCP 범위</translation>
    </message>
    <message>
        <source>Forward device</source>
        <extracomment>Column: the host NIC a network forwards to</extracomment>
        <translation>포워딩 장치</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 주소</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 주소</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>호스트 이름</translation>
    </message>
    <message>
        <source>Expires</source>
        <extracomment>Column: when a DHCP lease expires</extracomment>
        <translation>만료</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <extracomment>Button: start the selected virtual network</extracomment>
        <translation>시작(&amp;T)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <extracomment>Button: stop the selected virtual network</extracomment>
        <translation>중지(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Start with the &amp;host</source>
        <translation>호스트와 함께 시작(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Virtual networks</source>
        <translation>가상 네트워크</translation>
    </message>
    <message>
        <source>DHCP leases</source>
        <translation>DHCP 임대</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Tab of the virtual network details</extracomment>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>XML</source>
        <extracomment>Tab with the network&apos;s XML definition</extracomment>
        <translation>XML</translation>
    </message>
</context>
<context>
    <name>NewNetworkDialog</name>
    <message>
        <source>Hand out addresses with &amp;DHCP</source>
        <translation>DHCP로 주소 할당(&amp;D)</translation>
    </message>
    <message>
        <source>Start the network &amp;now</source>
        <translation>지금 네트워크 시작(&amp;N)</translation>
    </message>
    <message>
        <source>Start the network &amp;with the host</source>
        <translation>호스트와 함께 네트워크 시작(&amp;W)</translation>
    </message>
    <message>
        <source>New Virtual Network</source>
        <translation>새 가상 네트워크</translation>
    </message>
    <message>
        <source>automatic (virbrN)</source>
        <extracomment>Placeholder of the bridge name field: libvirt picks a free virbrN when it is left empty</extracomment>
        <translation>자동(virbrN)</translation>
    </message>
    <message>
        <source>IPv4 network address</source>
        <translation>IPv4 네트워크 주소</translation>
    </message>
    <message>
        <source>IPv4 prefix length</source>
        <translation>IPv4 접두사 길이</translation>
    </message>
    <message>
        <source>First address handed out by DHCP</source>
        <translation>DHCP가 할당하는 첫 주소</translation>
    </message>
    <message>
        <source>Last address handed out by DHCP</source>
        <translation>DHCP가 할당하는 마지막 주소</translation>
    </message>
    <message>
        <source>NAT (guests reach the outside through the host&apos;s address)</source>
        <extracomment>Network mode: guests reach outside through the host&apos;s address (masquerading)</extracomment>
        <translation>NAT(게스트가 호스트의 주소를 통해 외부에 접근)</translation>
    </message>
    <message>
        <source>Routed (the host routes the guests&apos; own addresses)</source>
        <translation>라우팅(호스트가 게스트 자체의 주소를 라우팅)</translation>
    </message>
    <message>
        <source>Isolated (guests and the host only)</source>
        <translation>격리됨(게스트와 호스트만)</translation>
    </message>
    <message>
        <source>Open (routed, without firewall rules from libvirt)</source>
        <translation>개방(라우팅, libvirt 방화벽 규칙 없음)</translation>
    </message>
    <message>
        <source>Bridged to an existing host bridge</source>
        <translation>기존 호스트 브리지에 브리지 연결</translation>
    </message>
    <message>
        <source>SR-IOV pool of virtual functions</source>
        <translation>SR-IOV 가상 기능 풀</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>모드(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Bridge name:</source>
        <translation>브리지 이름(&amp;B):</translation>
    </message>
    <message>
        <source>Host &amp;bridge:</source>
        <translation>호스트 브리지(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Forward to:</source>
        <extracomment>The host NIC NAT or routed traffic leaves by</extracomment>
        <translation>포워딩 대상(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Physical function:</source>
        <extracomment>The SR-IOV physical function whose virtual functions make the pool</extracomment>
        <translation>물리 기능(&amp;P):</translation>
    </message>
    <message>
        <source>IPv4 &amp;network:</source>
        <translation>IPv4 네트워크(&amp;N):</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the first and last address of a DHCP range</extracomment>
        <translation>~</translation>
    </message>
    <message>
        <source>DHCP range:</source>
        <translation>DHCP 범위:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Any interface</source>
        <translation>모든 인터페이스</translation>
    </message>
    <message>
        <source>%1 (%2 virtual functions)</source>
        <extracomment>%1 an interface name, %2 how many virtual functions it has</extracomment>
        <translation>%1(가상 기능 %2개)</translation>
    </message>
    <message>
        <source>Give the network a name.</source>
        <translation>네트워크 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>A network called &quot;%1&quot; exists already; choose another name.</source>
        <translation>&quot;%1&quot; 네트워크가 이미 있습니다. 다른 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the host bridge the network puts guests on. The Interfaces page shows how to make one.</source>
        <translation>네트워크가 게스트를 연결할 호스트 브리지를 선택하십시오. 브리지를 만드는 방법은 인터페이스 페이지에 나와 있습니다.</translation>
    </message>
    <message>
        <source>Choose or type the SR-IOV network card (physical function) whose virtual functions make the pool.</source>
        <translation>가상 기능으로 풀을 구성할 SR-IOV 네트워크 카드(물리 기능)를 선택하거나 입력하십시오.</translation>
    </message>
    <message>
        <source>Type an IPv4 network such as 192.168.100.0 with its prefix length.</source>
        <translation>192.168.100.0과 같은 IPv4 네트워크를 접두사 길이와 함께 입력하십시오.</translation>
    </message>
    <message>
        <source>The network %1/%2 overlaps the network &quot;%3&quot; (%4/%5); guests could not reach both. Choose another network.</source>
        <extracomment>%1/%2 the new network, %3 the other network&apos;s name, %4/%5 its address and prefix</extracomment>
        <translation>네트워크 %1/%2이(가) &quot;%3&quot; 네트워크(%4/%5)와 겹칩니다. 게스트가 두 네트워크 모두에 접근할 수 없게 됩니다. 다른 네트워크를 선택하십시오.</translation>
    </message>
    <message>
        <source>The network %1/%2 overlaps the host&apos;s address %3 on %4. Choose another network.</source>
        <translation>네트워크 %1/%2이(가) %4에 있는 호스트 주소 %3과(와) 겹칩니다. 다른 네트워크를 선택하십시오.</translation>
    </message>
    <message>
        <source>The DHCP range must be two addresses of the network %1/%2, the first not after the last.</source>
        <translation>DHCP 범위는 네트워크 %1/%2에 속한 두 주소여야 하며, 첫 주소가 마지막 주소보다 뒤에 있으면 안 됩니다.</translation>
    </message>
    <message>
        <source>The network %1/%2 overlaps no other network of this host.</source>
        <translation>네트워크 %1/%2은(는) 이 호스트의 다른 네트워크와 겹치지 않습니다.</translation>
    </message>
    <message>
        <source>The network %1 could not be made.</source>
        <translation>네트워크 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Check the fields (a bridge name in use, a subnet taken) and try again.</source>
        <translation>입력 항목(이미 사용 중인 브리지 이름이나 서브넷 등)을 확인한 후 다시 시도하십시오.</translation>
    </message>
</context>
<context>
    <name>NewPoolDialog</name>
    <message>
        <source>Start the pool now</source>
        <translation>지금 풀 시작</translation>
    </message>
    <message>
        <source>Start the pool with the host</source>
        <translation>호스트와 함께 풀 시작</translation>
    </message>
    <message>
        <source>New Storage Pool</source>
        <translation>새 스토리지 풀</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>server.example.com</source>
        <extracomment>Placeholder: the name or address of an NFS or iSCSI server</extracomment>
        <translation>server.example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>유형(&amp;T):</translation>
    </message>
    <message>
        <source>Target &amp;path:</source>
        <translation>대상 경로(&amp;P):</translation>
    </message>
    <message>
        <source>Source &amp;host:</source>
        <extracomment>Field of a network pool: the server that exports the storage</extracomment>
        <translation>소스 호스트(&amp;H):</translation>
    </message>
    <message>
        <source>Source &amp;folder:</source>
        <extracomment>Field of a netfs pool: the exported folder on the server</extracomment>
        <translation>소스 폴더(&amp;F):</translation>
    </message>
    <message>
        <source>Source &amp;device:</source>
        <extracomment>Field of a pool: the block device (or iSCSI target IQN) that holds it</extracomment>
        <translation>소스 장치(&amp;D):</translation>
    </message>
    <message>
        <source>Source na&amp;me:</source>
        <extracomment>Field of a logical pool: the volume group; of rbd/gluster: the pool or volume name</extracomment>
        <translation>소스 이름(&amp;M):</translation>
    </message>
    <message>
        <source>Source f&amp;ormat:</source>
        <extracomment>Field of fs/netfs/disk pools: the file system or partition table format</extracomment>
        <translation>소스 형식(&amp;O):</translation>
    </message>
    <message>
        <source>iqn.2024-01.com.example:target</source>
        <extracomment>Placeholder of the source device field of an iSCSI pool</extracomment>
        <translation>iqn.2024-01.com.example:target</translation>
    </message>
    <message>
        <source>Give the pool a name.</source>
        <translation>풀 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Give the folder on the host where the pool&apos;s volumes are kept, as an absolute path.</source>
        <translation>풀의 볼륨을 보관할 호스트의 폴더를 절대 경로로 입력하십시오.</translation>
    </message>
    <message>
        <source>Give the server that holds the storage.</source>
        <translation>스토리지가 있는 서버를 입력하십시오.</translation>
    </message>
    <message>
        <source>Give the folder the server exports.</source>
        <translation>서버가 내보내는 폴더를 입력하십시오.</translation>
    </message>
    <message>
        <source>Give the block device that holds the file system.</source>
        <translation>파일 시스템이 있는 블록 장치를 입력하십시오.</translation>
    </message>
    <message>
        <source>Give the volume group&apos;s name, or a device to make it on.</source>
        <translation>볼륨 그룹 이름 또는 볼륨 그룹을 만들 장치를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>NewVmWizard</name>
    <message>
        <source>New VM on %1</source>
        <translation>%1의 새 가상 머신</translation>
    </message>
    <message>
        <source>New VM</source>
        <translation>새 가상 머신</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <source>The VM could not be created.</source>
        <translation>가상 머신을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>QVirt does not know where the installer&apos;s kernel is in the tree %1.</source>
        <translation>QVirt가 트리 %1에서 설치 프로그램의 커널 위치를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Let QVirt detect the operating system from the tree (check the URL), or install from an ISO image.</source>
        <translation>QVirt가 트리에서 운영 체제를 감지하도록 하거나(URL을 확인하십시오) ISO 이미지에서 설치하십시오.</translation>
    </message>
    <message>
        <source>Downloading the installer&apos;s kernel…</source>
        <translation>설치 프로그램의 커널을 다운로드하는 중…</translation>
    </message>
    <message>
        <source>The installer&apos;s kernel could not be downloaded.</source>
        <translation>설치 프로그램의 커널을 다운로드할 수 없습니다.</translation>
    </message>
    <message>
        <source>Check the URL and that this computer can reach it.</source>
        <translation>URL이 올바른지, 이 컴퓨터에서 해당 URL에 접근할 수 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>A network install needs a storage pool on the host to hold the installer&apos;s kernel, and this host has none.</source>
        <translation>네트워크 설치를 하려면 설치 프로그램의 커널을 저장할 스토리지 풀이 호스트에 있어야 하지만 이 호스트에는 스토리지 풀이 없습니다.</translation>
    </message>
    <message>
        <source>Create the default pool on the Storage page, then try again.</source>
        <translation>스토리지 페이지에서 기본 풀을 만든 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Creating the VM…</source>
        <translation>가상 머신을 만드는 중…</translation>
    </message>
    <message>
        <source>Your choices are kept: change what the message names and press Create again.</source>
        <translation>선택한 내용은 유지됩니다. 메시지에 표시된 항목을 변경한 후 다시 만들기를 누르십시오.</translation>
    </message>
    <message>
        <source>The VM %1 was created but could not be started.</source>
        <translation>가상 머신 %1을(를) 만들었지만 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>The VM %1 was created and its disk %2 is kept, but the VM could not be started.</source>
        <translation>가상 머신 %1을(를) 만들었고 디스크 %2도 유지되지만 가상 머신을 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Fix what the message names (in the VM&apos;s Hardware page if needed) and start the VM from the list.</source>
        <translation>메시지에 표시된 문제를 해결한 후(필요하면 가상 머신의 하드웨어 페이지에서) 목록에서 가상 머신을 시작하십시오.</translation>
    </message>
    <message>
        <source>The network %1 could not be started.</source>
        <translation>네트워크 %1을(를) 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose another network, or start this one from the host&apos;s settings.</source>
        <translation>다른 네트워크를 선택하거나 호스트 설정에서 이 네트워크를 시작하십시오.</translation>
    </message>
</context>
<context>
    <name>NewVolumeDialog</name>
    <message>
        <source>Create it as an overlay on an existing volume</source>
        <translation>기존 볼륨 위에 오버레이로 만들기</translation>
    </message>
    <message>
        <source>New Volume in %1</source>
        <translation>%1의 새 볼륨</translation>
    </message>
    <message>
        <source>Backing volume</source>
        <translation>백킹 볼륨</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source> GiB</source>
        <extracomment>Unit after the size of a new volume</extracomment>
        <translation> GiB</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1(%2, %3)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>용량(&amp;C):</translation>
    </message>
    <message>
        <source>Give the volume a name.</source>
        <translation>볼륨 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>A volume&apos;s name cannot contain &quot;/&quot;.</source>
        <translation>볼륨 이름에는 &quot;/&quot;를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The pool already has a volume named %1.</source>
        <translation>풀에 이름이 %1인 볼륨이 이미 있습니다.</translation>
    </message>
    <message>
        <source>The pool has %1 free: the volume can be made, but the guest cannot fill it.</source>
        <translation>풀의 사용 가능한 공간은 %1입니다. 볼륨을 만들 수는 있지만 게스트가 볼륨을 가득 채울 수는 없습니다.</translation>
    </message>
</context>
<context>
    <name>NicForm</name>
    <message>
        <source>Connection:</source>
        <translation>연결:</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>가상 네트워크</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>호스트 브리지</translation>
    </message>
    <message>
        <source>Host interface (macvtap)</source>
        <translation>호스트 인터페이스(macvtap)</translation>
    </message>
    <message>
        <source>User mode (no host setup)</source>
        <translation>사용자 모드(호스트 설정 불필요)</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>소스:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC 주소:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>링크:</translation>
    </message>
    <message>
        <source>Connected (the guest sees a cable plugged in)</source>
        <translation>연결됨(게스트에서 케이블이 꽂힌 것으로 인식)</translation>
    </message>
    <message>
        <source>Enter the network, bridge or host interface the network interface connects to.</source>
        <translation>네트워크 인터페이스를 연결할 네트워크, 브리지 또는 호스트 인터페이스를 입력하십시오.</translation>
    </message>
    <message>
        <source>Change the network interface %1.</source>
        <translation>네트워크 인터페이스 %1을(를) 변경합니다.</translation>
    </message>
</context>
<context>
    <name>NodeDevices</name>
    <message>
        <source>The host has no device %1.</source>
        <translation>호스트에 장치 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 could not be bound to vfio-pci: %2
Make sure the vfio-pci module is loaded and no host program uses the device; a graphics card that shows the host&apos;s console must first be freed from its display driver.</source>
        <translation>%1을(를) vfio-pci에 바인딩할 수 없습니다: %2
vfio-pci 모듈이 로드되어 있고 이 장치를 사용하는 호스트 프로그램이 없는지 확인하십시오. 호스트 콘솔을 표시하는 그래픽 카드는 먼저 디스플레이 드라이버에서 해제해야 합니다.</translation>
    </message>
    <message>
        <source>%1 could not be given back to its host driver: %2
A running VM that uses it must be shut down first.</source>
        <translation>%1을(를) 호스트 드라이버에 반환할 수 없습니다: %2
이 장치를 사용하는 실행 중인 가상 머신을 먼저 종료해야 합니다.</translation>
    </message>
    <message>
        <source>The device could not be created.</source>
        <translation>장치를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The device %1 could not be removed.</source>
        <translation>장치 %1을(를) 제거할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>OfflineMerge</name>
    <message>
        <source>qemu-img could not be started. Install the qemu-utils package on this host.</source>
        <translation>qemu-img를 시작할 수 없습니다. 이 호스트에 qemu-utils 패키지를 설치하십시오.</translation>
    </message>
    <message>
        <source>qemu-img did not finish within six hours and was stopped.</source>
        <translation>qemu-img가 6시간 안에 끝나지 않아 중지되었습니다.</translation>
    </message>
    <message>
        <source>qemu-img failed: %1</source>
        <extracomment>%1 is qemu-img&apos;s own error message (English), e.g. &quot;Could not open &apos;base.qcow2&apos;: Permission denied&quot;</extracomment>
        <translation>qemu-img 실행에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>This layer has no image below it to merge into.</source>
        <translation>이 계층 아래에는 병합할 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>The images were merged, but %1 could not be deleted: %2</source>
        <translation>이미지는 병합되었지만 %1을(를) 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>There is no backing image to pull into the active layer.</source>
        <translation>활성 계층으로 끌어올릴 백킹 이미지가 없습니다.</translation>
    </message>
</context>
<context>
    <name>OsDatabase</name>
    <message>
        <source>Unknown operating system</source>
        <translation>알 수 없는 운영 체제</translation>
    </message>
    <message numerus="yes">
        <source>Reading the ISO image %1 took longer than %n second(s). Check that the disk holding it answers, or choose the operating system from the list.</source>
        <translation>
            <numerusform>ISO 이미지 %1을(를) 읽는 데 %n초 넘게 걸렸습니다. 이미지가 있는 디스크가 응답하는지 확인하거나 목록에서 운영 체제를 선택하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ISO image %1 does not exist. Choose an existing image or the operating system from the list.</source>
        <translation>ISO 이미지 %1이(가) 없습니다. 존재하는 이미지를 선택하거나 목록에서 운영 체제를 선택하십시오.</translation>
    </message>
    <message>
        <source>The operating system database (osinfo-db) could not be loaded. Install the osinfo-db package, or choose the operating system from the list.</source>
        <translation>운영 체제 데이터베이스(osinfo-db)를 로드할 수 없습니다. osinfo-db 패키지를 설치하거나 목록에서 운영 체제를 선택하십시오.</translation>
    </message>
    <message>
        <source>QVirt could not read %1 as an ISO image: %2. Check that the file is a complete CD or DVD image, or choose the operating system from the list.</source>
        <translation>QVirt가 %1을(를) ISO 이미지로 읽을 수 없습니다: %2. 파일이 완전한 CD 또는 DVD 이미지인지 확인하거나 목록에서 운영 체제를 선택하십시오.</translation>
    </message>
    <message>
        <source>The ISO image %1 was not recognised as any operating system QVirt knows. Choose the operating system from the list.</source>
        <translation>ISO 이미지 %1을(를) QVirt가 알고 있는 운영 체제로 인식하지 못했습니다. 목록에서 운영 체제를 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the install tree at %1 took longer than %n second(s). Check the address and the network, or choose the operating system from the list.</source>
        <translation>
            <numerusform>%1의 설치 트리를 읽는 데 %n초 넘게 걸렸습니다. 주소와 네트워크를 확인하거나 목록에서 운영 체제를 선택하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>QVirt could not read the install tree at %1: %2. Check the address; trees without a .treeinfo file (Debian, Ubuntu) are not recognised, so choose the operating system from the list for them.</source>
        <translation>QVirt가 %1의 설치 트리를 읽을 수 없습니다: %2. 주소를 확인하십시오. .treeinfo 파일이 없는 트리(Debian, Ubuntu)는 인식되지 않으므로 목록에서 운영 체제를 선택하십시오.</translation>
    </message>
    <message>
        <source>The install tree at %1 was not recognised as any operating system QVirt knows. Choose the operating system from the list.</source>
        <translation>%1의 설치 트리를 QVirt가 알고 있는 운영 체제로 인식하지 못했습니다. 목록에서 운영 체제를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>OverviewForm</name>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>설명:</translation>
    </message>
    <message>
        <source>Machine type:</source>
        <translation>머신 유형:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>펌웨어:</translation>
    </message>
    <message>
        <source>BIOS</source>
        <extracomment>Firmware choice</extracomment>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI</source>
        <extracomment>Firmware choice</extracomment>
        <translation>UEFI</translation>
    </message>
</context>
<context>
    <name>PassthroughPanel</name>
    <message>
        <source>Live migration is not possible while PCI devices are passed through: they cannot move with the VM to another host. Shut the VM down to move it, or remove the devices first.</source>
        <translation>PCI 장치를 패스스루하는 동안에는 라이브 마이그레이션을 할 수 없습니다. 이 장치들은 가상 머신과 함께 다른 호스트로 이동할 수 없습니다. 이동하려면 가상 머신을 종료하거나 먼저 장치를 제거하십시오.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host devi&amp;ces passed through&lt;/b&gt;</source>
        <translation>&lt;b&gt;패스스루된 호스트 장치(&amp;C)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>Column header of the VM&apos;s passed-through host devices</extracomment>
        <translation>장치</translation>
    </message>
    <message>
        <source>Host address</source>
        <translation>호스트 주소</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Add &amp;PCI Device…</source>
        <translation>PCI 장치 추가(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;SR-IOV Function…</source>
        <translation>SR-IOV 기능 추가(&amp;S)…</translation>
    </message>
    <message>
        <source>Add &amp;USB Device…</source>
        <translation>USB 장치 추가(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <extracomment>Button: detach the selected host device from the VM; the device stays on the host (this does not delete anything)</extracomment>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guest settings for passthrough&lt;/b&gt;</source>
        <translation>&lt;b&gt;패스스루용 게스트 설정&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Hide the hypervisor from the guest (fixes NVIDIA error 43)</source>
        <translation>게스트에서 하이퍼바이저 숨기기(NVIDIA 오류 43 해결)(&amp;H)</translation>
    </message>
    <message>
        <source>Adds &lt;kvm&gt;&lt;hidden state=&apos;on&apos;/&gt;&lt;/kvm&gt; and a Hyper-V vendor id, so the NVIDIA driver in the guest does not see that it runs in a VM.</source>
        <translation>&lt;kvm&gt;&lt;hidden state=&apos;on&apos;/&gt;&lt;/kvm&gt;과 Hyper-V 공급업체 ID를 추가하여 게스트의 NVIDIA 드라이버가 가상 머신에서 실행 중임을 감지하지 못하게 합니다.</translation>
    </message>
    <message>
        <source>Hyper-V &amp;vendor id:</source>
        <translation>Hyper-V 공급업체 ID(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>펌웨어(&amp;F):</translation>
    </message>
    <message>
        <source>BIOS (SeaBIOS)</source>
        <translation>BIOS(SeaBIOS)</translation>
    </message>
    <message>
        <source>UEFI (OVMF), which most passed-through graphics cards need</source>
        <translation>UEFI(OVMF), 패스스루하는 그래픽 카드 대부분에 필요</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <extracomment>Button: save the passthrough settings to the VM&apos;s configuration</extracomment>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>USB device</source>
        <translation>USB 장치</translation>
    </message>
    <message>
        <source>PCI device</source>
        <translation>PCI 장치</translation>
    </message>
    <message>
        <source>bus %1 device %2</source>
        <translation>버스 %1 장치 %2</translation>
    </message>
    <message>
        <source>USB</source>
        <extracomment>Details column of a passed-through USB device</extracomment>
        <translation>USB</translation>
    </message>
    <message>
        <source>network interface, MAC %1</source>
        <translation>네트워크 인터페이스, MAC %1</translation>
    </message>
    <message>
        <source>chosen by libvirt</source>
        <extracomment>Stands for the MAC address when libvirt picks one</extracomment>
        <translation>libvirt가 선택</translation>
    </message>
    <message>
        <source>PCI, managed by libvirt</source>
        <translation>PCI, libvirt가 관리</translation>
    </message>
    <message>
        <source>PCI, bound to vfio-pci by hand</source>
        <translation>PCI, 수동으로 vfio-pci에 바인딩됨</translation>
    </message>
    <message>
        <source>No host devices. Add a PCI device (a graphics card, a network card) or a USB device to pass it through.</source>
        <translation>호스트 장치가 없습니다. 패스스루하려면 PCI 장치(그래픽 카드, 네트워크 카드 등) 또는 USB 장치를 추가하십시오.</translation>
    </message>
    <message>
        <source>Changes here apply the next time the VM starts.</source>
        <translation>여기서 변경한 내용은 다음에 가상 머신을 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Passthrough Settings</source>
        <translation>패스스루 설정</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>설정을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Your choices are still on the page; correct them and apply again.</source>
        <translation>선택한 내용은 페이지에 그대로 있습니다. 수정한 후 다시 적용하십시오.</translation>
    </message>
    <message>
        <source>Remove Host Device</source>
        <extracomment>Detach a host device from the VM; the device stays on the host (nothing is deleted)</extracomment>
        <translation>호스트 장치 제거</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the VM? It stays on the host.</source>
        <translation>가상 머신에서 %1(%2)을(를) 제거하시겠습니까? 장치는 호스트에 남습니다.</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Confirmation button: detach the host device from the VM (nothing is deleted)</extracomment>
        <translation>제거</translation>
    </message>
    <message>
        <source>The device could not be removed.</source>
        <translation>장치를 제거할 수 없습니다.</translation>
    </message>
    <message>
        <source>Host devices passed through</source>
        <translation>패스스루된 호스트 장치</translation>
    </message>
    <message>
        <source>SR-IOV virtual function from a pool network</source>
        <translation>풀 네트워크의 SR-IOV 가상 기능</translation>
    </message>
    <message>
        <source>network %1</source>
        <extracomment>Address column of an SR-IOV function taken from a pool network; %1 is the network name</extracomment>
        <translation>네트워크 %1</translation>
    </message>
</context>
<context>
    <name>PassthroughReadiness</name>
    <message>
        <source>IOMMU enabled</source>
        <extracomment>Title of a passthrough readiness check (shown with Ready / Needs fixing)</extracomment>
        <translation>IOMMU 활성화됨</translation>
    </message>
    <message numerus="yes">
        <source>%n IOMMU group(s) present.</source>
        <translation>
            <numerusform>IOMMU 그룹 %n개가 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel command line turns the IOMMU on, but there are no IOMMU groups: VT-d or AMD-Vi may be off in the firmware.</source>
        <translation>커널 명령줄에서 IOMMU를 켜지만 IOMMU 그룹이 없습니다. 펌웨어에서 VT-d 또는 AMD-Vi가 꺼져 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>There are no IOMMU groups and the kernel command line has neither intel_iommu=on nor amd_iommu=on.</source>
        <translation>IOMMU 그룹이 없으며 커널 명령줄에 intel_iommu=on과 amd_iommu=on이 모두 없습니다.</translation>
    </message>
    <message>
        <source>Enable VT-d (Intel) or AMD-Vi in the firmware, add intel_iommu=on (or amd_iommu=on) to GRUB_CMDLINE_LINUX in /etc/default/grub, regenerate the GRUB configuration (grub2-mkconfig -o … or update-grub) and reboot.</source>
        <translation>펌웨어에서 VT-d(Intel) 또는 AMD-Vi를 활성화하고, /etc/default/grub의 GRUB_CMDLINE_LINUX에 intel_iommu=on(또는 amd_iommu=on)을 추가한 다음, GRUB 구성을 다시 생성(grub2-mkconfig -o … 또는 update-grub)하고 재부팅하십시오.</translation>
    </message>
    <message>
        <source>vfio-pci available</source>
        <extracomment>Title of a passthrough readiness check (shown with Ready / Needs fixing)</extracomment>
        <translation>vfio-pci 사용 가능</translation>
    </message>
    <message>
        <source>The vfio-pci driver is loaded.</source>
        <translation>vfio-pci 드라이버가 로드되어 있습니다.</translation>
    </message>
    <message>
        <source>The vfio-pci driver is not loaded.</source>
        <translation>vfio-pci 드라이버가 로드되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Load it with modprobe vfio-pci, and list it in /etc/modules-load.d/ so it loads at boot. libvirt also loads it when it detaches a device.</source>
        <translation>modprobe vfio-pci로 로드하고, 부팅 시 로드되도록 /etc/modules-load.d/에 등록하십시오. libvirt도 장치를 분리할 때 이 드라이버를 로드합니다.</translation>
    </message>
    <message>
        <source>Graphics cards free of host display drivers</source>
        <translation>호스트 디스플레이 드라이버가 사용하지 않는 그래픽 카드</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a graphics card, %2 the host display driver that holds it</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Held by a host display driver: %1.</source>
        <translation>호스트 디스플레이 드라이버가 사용 중: %1.</translation>
    </message>
    <message>
        <source>Keep the host&apos;s driver off the card: blacklist it (for nouveau: &quot;blacklist nouveau&quot; and &quot;options nouveau modeset=0&quot; in /etc/modprobe.d/), rebuild the initramfs (dracut -f, or update-initramfs -u) and reboot; then bind the card to vfio-pci.</source>
        <translation>호스트 드라이버가 카드를 사용하지 않도록 하십시오. 드라이버를 블랙리스트에 추가하고(nouveau의 경우 /etc/modprobe.d/에 &quot;blacklist nouveau&quot; 및 &quot;options nouveau modeset=0&quot; 작성), initramfs를 다시 빌드(dracut -f 또는 update-initramfs -u)한 후 재부팅하십시오. 그런 다음 카드를 vfio-pci에 바인딩하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n graphics card(s), none held by a host display driver.</source>
        <translation>
            <numerusform>그래픽 카드 %n개, 호스트 디스플레이 드라이버가 사용 중인 카드 없음.</numerusform>
        </translation>
    </message>
    <message>
        <source>No graphics cards found.</source>
        <translation>그래픽 카드를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Interrupt remapping</source>
        <extracomment>Title of a passthrough readiness check (shown with Ready / Needs fixing)</extracomment>
        <translation>인터럽트 리매핑</translation>
    </message>
    <message>
        <source>The kernel command line turns it off (intremap=off).</source>
        <translation>커널 명령줄에서 꺼져 있습니다(intremap=off).</translation>
    </message>
    <message>
        <source>Remove intremap=off from the kernel command line and reboot.</source>
        <translation>커널 명령줄에서 intremap=off를 제거하고 재부팅하십시오.</translation>
    </message>
    <message>
        <source>AMD-Vi remaps interrupts.</source>
        <translation>AMD-Vi가 인터럽트를 리매핑합니다.</translation>
    </message>
    <message>
        <source>Every VT-d unit supports it.</source>
        <translation>모든 VT-d 유닛이 지원합니다.</translation>
    </message>
    <message>
        <source>A VT-d unit lacks it.</source>
        <translation>지원하지 않는 VT-d 유닛이 있습니다.</translation>
    </message>
    <message>
        <source>Passthrough may still work with vfio_iommu_type1 allow_unsafe_interrupts=1, at the cost of isolation; a newer platform is the real fix.</source>
        <translation>vfio_iommu_type1 allow_unsafe_interrupts=1을 사용하면 격리를 희생하는 대신 패스스루가 여전히 작동할 수 있습니다. 근본적인 해결책은 더 새로운 플랫폼입니다.</translation>
    </message>
    <message>
        <source>Could not be checked: no IOMMU units are listed.</source>
        <translation>확인할 수 없음: 목록에 IOMMU 유닛이 없습니다.</translation>
    </message>
    <message>
        <source>Could not be checked remotely: %1</source>
        <translation>원격으로 확인할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>libvirt lists no PCI devices.</source>
        <translation>libvirt에 표시된 PCI 장치가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>libvirt lists %n PCI device(s), none of them in an IOMMU group.</source>
        <translation>
            <numerusform>libvirt에 PCI 장치가 %n개 표시되지만 IOMMU 그룹에 속한 장치는 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>On the host, run dmesg | grep -e DMAR -e IOMMU, and ls /sys/kernel/iommu_groups: numbered groups there mean the IOMMU is on.</source>
        <translation>호스트에서 dmesg | grep -e DMAR -e IOMMU 및 ls /sys/kernel/iommu_groups를 실행하십시오. iommu_groups에 번호가 붙은 그룹이 있으면 IOMMU가 켜져 있는 것입니다.</translation>
    </message>
    <message>
        <source>libvirt did not report which host devices it supports.</source>
        <translation>libvirt가 지원하는 호스트 장치를 보고하지 않았습니다.</translation>
    </message>
    <message>
        <source>On the host, run lsmod | grep vfio: vfio_pci in the list means the driver is loaded.</source>
        <translation>호스트에서 lsmod | grep vfio를 실행하십시오. 목록에 vfio_pci가 있으면 드라이버가 로드된 것입니다.</translation>
    </message>
    <message>
        <source>libvirt on this host does not support host devices.</source>
        <translation>이 호스트의 libvirt는 호스트 장치를 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>Install QEMU/KVM and libvirt&apos;s QEMU driver on the host (on Debian: qemu-system-x86 and libvirt-daemon-system).</source>
        <translation>호스트에 QEMU/KVM과 libvirt의 QEMU 드라이버를 설치하십시오(Debian에서는 qemu-system-x86 및 libvirt-daemon-system).</translation>
    </message>
    <message>
        <source>libvirt can pass PCI devices through with VFIO.</source>
        <translation>libvirt가 VFIO로 PCI 장치를 패스스루할 수 있습니다.</translation>
    </message>
    <message>
        <source>libvirt offers no VFIO backend for PCI devices: the vfio driver is not loaded, or the IOMMU is off.</source>
        <translation>libvirt가 PCI 장치용 VFIO 백엔드를 제공하지 않습니다. vfio 드라이버가 로드되지 않았거나 IOMMU가 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>On the host, run lspci -nnk | grep -A3 -e VGA -e 3D and look at &quot;Kernel driver in use&quot;: vfio-pci, or none, is ready.</source>
        <translation>호스트에서 lspci -nnk | grep -A3 -e VGA -e 3D를 실행하고 &quot;Kernel driver in use&quot;를 확인하십시오. vfio-pci이거나 해당 항목이 없으면 준비된 것입니다.</translation>
    </message>
    <message>
        <source>libvirt reports no drivers for the host&apos;s PCI devices.</source>
        <translation>libvirt가 호스트 PCI 장치의 드라이버를 보고하지 않습니다.</translation>
    </message>
    <message>
        <source>libvirt does not report it.</source>
        <translation>libvirt가 이 정보를 보고하지 않습니다.</translation>
    </message>
    <message>
        <source>On the host, run dmesg | grep -i remapping: &quot;Enabled IRQ remapping&quot; (Intel) or &quot;Interrupt remapping enabled&quot; (AMD) means it is on.</source>
        <translation>호스트에서 dmesg | grep -i remapping을 실행하십시오. &quot;Enabled IRQ remapping&quot;(Intel) 또는 &quot;Interrupt remapping enabled&quot;(AMD)가 표시되면 켜져 있는 것입니다.</translation>
    </message>
</context>
<context>
    <name>PerformancePage</name>
    <message>
        <source>Its vCPUs</source>
        <extracomment>Series of the CPU graph: usage of the guest&apos;s own virtual CPUs (100 % = all of them busy)</extracomment>
        <translation>vCPU 사용량</translation>
    </message>
    <message>
        <source>Share of the host</source>
        <extracomment>Series of the CPU graph: the guest&apos;s share of all the host&apos;s CPUs</extracomment>
        <translation>호스트 전체 대비 비율</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Balloon</source>
        <translation>벌룬</translation>
    </message>
    <message>
        <source>QEMU resident</source>
        <translation>QEMU 상주 메모리</translation>
    </message>
    <message>
        <source>%1 read</source>
        <extracomment>Series of the disk graph: bytes read per second from one disk; %1 its target (vda)</extracomment>
        <translation>%1 읽기</translation>
    </message>
    <message>
        <source>%1 write</source>
        <extracomment>Series of the disk graph: bytes written per second to one disk; %1 its target (vda)</extracomment>
        <translation>%1 쓰기</translation>
    </message>
    <message>
        <source>%1 received</source>
        <extracomment>Series of the network graph: bytes received per second (RX) on one interface; %1 its name (vnet0)</extracomment>
        <translation>%1 수신</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <extracomment>Series of the network graph: bytes sent per second (TX) on one interface; %1 its name (vnet0)</extracomment>
        <translation>%1 송신</translation>
    </message>
    <message>
        <source>This virtual machine has no disk.</source>
        <translation>이 가상 머신에는 디스크가 없습니다.</translation>
    </message>
    <message>
        <source>This virtual machine has no network interface.</source>
        <translation>이 가상 머신에는 네트워크 인터페이스가 없습니다.</translation>
    </message>
    <message>
        <source>Statistics appear while the virtual machine runs.</source>
        <translation>통계는 가상 머신이 실행 중일 때 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>Label of the combo box that picks the time range of the performance graphs</extracomment>
        <translation>표시(&amp;S):</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <extracomment>Title of a performance graph</extracomment>
        <translation>CPU 사용량</translation>
    </message>
    <message>
        <source>Memory</source>
        <extracomment>Title of a performance graph</extracomment>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <extracomment>Title of a performance graph: bytes read and written per second</extracomment>
        <translation>디스크 I/O</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <extracomment>Title of a performance graph: bytes received and sent per second</extracomment>
        <translation>네트워크 I/O</translation>
    </message>
    <message>
        <source>CPU figures are not available for this virtual machine.</source>
        <translation>이 가상 머신의 CPU 데이터를 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Memory figures are not available for this virtual machine.</source>
        <translation>이 가상 머신의 메모리 데이터를 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Disk figures are not available for this virtual machine.</source>
        <translation>이 가상 머신의 디스크 데이터를 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Network figures are not available for this virtual machine.</source>
        <translation>이 가상 머신의 네트워크 데이터를 가져올 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>PortForward</name>
    <message>
        <source>The local port for the display cannot open (%1): %2</source>
        <translation>디스플레이용 로컬 포트를 열 수 없습니다(%1): %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>QVirt Preferences</source>
        <translation>QVirt 기본 설정</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language entry that follows the LANG/LANGUAGE environment; %1 is that language&apos;s own name.</extracomment>
        <translation>시스템 기본값(%1)</translation>
    </message>
    <message>
        <source>Every open window switches to the new language at once. QVirt carries its own Chinese, Japanese and Korean glyphs, so the text stays readable on a server without those fonts, also through ssh -X.</source>
        <translation>열려 있는 모든 창이 즉시 새 언어로 바뀝니다. QVirt에는 중국어, 일본어, 한국어 글리프가 내장되어 있어 해당 글꼴이 없는 서버에서도, ssh -X를 통해서도 글자가 제대로 표시됩니다.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <extracomment>Group of settings in Preferences: CPU, memory, disk and network figures sampled from the hosts</extracomment>
        <translation>통계</translation>
    </message>
    <message>
        <source>Sampling &amp;interval:</source>
        <translation>샘플링 간격(&amp;I):</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>statistics sampling</comment>
        <extracomment>The sampling interval&apos;s value when sampling is switched off</extracomment>
        <translation>끔</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the sampling interval&apos;s number, with its leading space: seconds</extracomment>
        <translation>초</translation>
    </message>
    <message>
        <source>Sampling interval in seconds</source>
        <translation>샘플링 간격(초)</translation>
    </message>
    <message>
        <source>Sample:</source>
        <extracomment>Label before the checkboxes that choose which figures are sampled</extracomment>
        <translation>샘플링 대상:</translation>
    </message>
    <message>
        <source>&amp;CPU usage</source>
        <extracomment>Statistics to sample: the VMs&apos; processor usage</extracomment>
        <translation>CPU 사용량(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Memory</source>
        <extracomment>Statistics to sample: the VMs&apos; memory in use</extracomment>
        <translation>메모리(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Disk I/O</source>
        <extracomment>Statistics to sample: bytes the VMs read and write on their disks</extracomment>
        <translation>디스크 I/O(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Network I/O</source>
        <extracomment>Statistics to sample: bytes the VMs receive and send on their network interfaces</extracomment>
        <translation>네트워크 I/O(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <extracomment>Statistics to sample: the host&apos;s own CPU, memory and memory sharing (KSM)</extracomment>
        <translation>호스트(&amp;H)</translation>
    </message>
    <message>
        <source>Full-resolution &amp;history:</source>
        <translation>원본 해상도 기록 보존 기간(&amp;H):</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <extracomment>Length of the statistics history kept at full resolution</extracomment>
        <translation>10분</translation>
    </message>
    <message>
        <source>1 hour</source>
        <extracomment>Length of the statistics history kept at full resolution</extracomment>
        <translation>1시간</translation>
    </message>
    <message>
        <source>6 hours</source>
        <extracomment>Length of the statistics history kept at full resolution</extracomment>
        <translation>6시간</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <extracomment>Length of the statistics history kept at full resolution; %1 is a number of minutes</extracomment>
        <translation>%1분</translation>
    </message>
    <message>
        <source>No statistics are sampled: the graphs and the list&apos;s usage columns stay empty.</source>
        <translation>통계를 샘플링하지 않습니다. 그래프와 목록의 사용량 열은 비어 있게 됩니다.</translation>
    </message>
    <message>
        <source>Each running virtual machine with one disk and one network interface keeps at most about %1 of history. Older figures are kept as one-minute averages for 24 hours.</source>
        <extracomment>%1 is an amount of memory such as &quot;1.2 MB&quot;</extracomment>
        <translation>디스크와 네트워크 인터페이스가 하나씩 있는 실행 중인 가상 머신 한 대당 기록에 최대 약 %1의 메모리를 사용합니다. 그보다 오래된 데이터는 1분 평균값으로 24시간 동안 보존됩니다.</translation>
    </message>
    <message>
        <source>Interface si&amp;ze:</source>
        <extracomment>Preferences: how large QVirt draws its text, icons and windows (a zoom)</extracomment>
        <translation>인터페이스 크기(&amp;Z):</translation>
    </message>
    <message>
        <source>Interface size</source>
        <extracomment>Accessible name of the choice of how large QVirt draws its windows</extracomment>
        <translation>인터페이스 크기</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>An interface size in percent, e.g. &quot;150 %&quot;; %1 is the number. Write the percent sign as your language does.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 is set to %2 in QVirt&apos;s environment and decides the interface size. Start QVirt without it to choose the size here.</source>
        <extracomment>%1 is an environment variable&apos;s name (QT_SCALE_FACTOR), %2 its value (1.5)</extracomment>
        <translation>QVirt 실행 환경에 %1이(가) %2(으)로 설정되어 있어 이 값이 인터페이스 크기를 결정합니다. 여기에서 크기를 선택하려면 이 환경 변수 없이 QVirt를 시작하십시오.</translation>
    </message>
    <message>
        <source>The new interface size takes effect after QVirt restarts.</source>
        <translation>새 인터페이스 크기는 QVirt를 다시 시작한 후에 적용됩니다.</translation>
    </message>
    <message>
        <source>Makes text, icons and windows larger. A console at actual size (1:1) stays sharp at every size.</source>
        <translation>텍스트, 아이콘, 창을 크게 표시합니다. 실제 크기(1:1)로 표시하는 콘솔은 어떤 크기에서도 선명하게 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <source>Passthrough readiness</source>
        <translation>패스스루 준비 상태</translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>Verdict of a passthrough readiness check</extracomment>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Needs fixing</source>
        <extracomment>Verdict of a passthrough readiness check</extracomment>
        <translation>수정 필요</translation>
    </message>
    <message>
        <source>Could not check</source>
        <extracomment>Verdict of a passthrough readiness check</extracomment>
        <translation>확인할 수 없음</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>조치 방법:</translation>
    </message>
</context>
<context>
    <name>RemoteViewer</name>
    <message>
        <source>Remote Viewer is not installed. Install the package virt-viewer.</source>
        <translation>Remote Viewer가 설치되어 있지 않습니다. virt-viewer 패키지를 설치하십시오.</translation>
    </message>
    <message>
        <source>The connection file for Remote Viewer cannot be written in %1: %2</source>
        <translation>%1에 Remote Viewer용 연결 파일을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Remote Viewer could not start: %1</source>
        <translation>Remote Viewer를 시작할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ResizeVolumeDialog</name>
    <message>
        <source>Resize %1</source>
        <translation>%1 크기 조정</translation>
    </message>
    <message>
        <source> MiB</source>
        <extracomment>Unit after the new size of a volume</extracomment>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>현재: %1</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>크기 조정</translation>
    </message>
    <message>
        <source>&amp;New capacity:</source>
        <translation>새 용량(&amp;N):</translation>
    </message>
    <message>
        <source>Growing a volume does not grow the file system inside it: do that in the guest afterwards.</source>
        <translation>볼륨을 늘려도 그 안의 파일 시스템은 늘어나지 않습니다. 이후 게스트에서 파일 시스템을 늘리십시오.</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Memory, CPUs and firmware</source>
        <translation>메모리, CPU 및 펌웨어</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>메모리(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;vCPUs:</source>
        <translation>vCPU(&amp;V):</translation>
    </message>
    <message>
        <source>C&amp;hipset:</source>
        <translation>칩셋(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>펌웨어(&amp;F):</translation>
    </message>
    <message>
        <source> MiB</source>
        <extracomment>Unit suffix of a memory size in mebibytes</extracomment>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Q35 (PCI Express; for current systems)</source>
        <translation>Q35(PCI Express, 최신 시스템용)</translation>
    </message>
    <message>
        <source>i440FX (PCI; for old systems)</source>
        <translation>i440FX(PCI, 구형 시스템용)</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>&amp;Secure boot</source>
        <translation>보안 부팅(&amp;S)</translation>
    </message>
    <message>
        <source>Add an emulated &amp;TPM 2.0</source>
        <translation>에뮬레이션된 TPM 2.0 추가(&amp;T)</translation>
    </message>
    <message>
        <source>Recommended for %1: the values below. Every choice can be changed.</source>
        <translation>%1에 권장되는 값은 다음과 같습니다. 모든 항목은 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>No operating system was chosen: the values below suit most current systems.</source>
        <translation>운영 체제를 선택하지 않았습니다. 다음 값은 대부분의 최신 시스템에 적합합니다.</translation>
    </message>
    <message>
        <source>The host has %1 of memory, %2 of it free.</source>
        <translation>호스트의 메모리는 %1이며, 그중 %2이(가) 사용 가능합니다.</translation>
    </message>
    <message>
        <source>The host&apos;s memory is not known.</source>
        <translation>호스트의 메모리 크기를 알 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The host has %n CPU(s): more vCPUs than that make the VM slower, not faster.</source>
        <translation>
            <numerusform>호스트에 CPU가 %n개 있습니다. 이보다 많은 vCPU를 할당하면 가상 머신이 빨라지지 않고 오히려 느려집니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The host has %n CPU(s).</source>
        <translation>
            <numerusform>호스트에 CPU가 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>UEFI needs OVMF firmware on the host (the Debian package ovmf, edk2-ovmf on Fedora and CentOS).</source>
        <translation>UEFI를 사용하려면 호스트에 OVMF 펌웨어가 필요합니다(Debian에서는 ovmf 패키지, Fedora와 CentOS에서는 edk2-ovmf).</translation>
    </message>
    <message>
        <source>The host&apos;s OVMF firmware has no secure boot variant.</source>
        <translation>호스트의 OVMF 펌웨어에 보안 부팅 버전이 없습니다.</translation>
    </message>
    <message>
        <source>%1 needs UEFI firmware.</source>
        <translation>%1에는 UEFI 펌웨어가 필요합니다.</translation>
    </message>
    <message>
        <source>%1 needs a TPM 2.0, and an emulated one needs swtpm on the host (the Debian package swtpm-tools).</source>
        <translation>%1에는 TPM 2.0이 필요하며, 에뮬레이션된 TPM을 사용하려면 호스트에 swtpm이 필요합니다(Debian 패키지 swtpm-tools).</translation>
    </message>
    <message>
        <source>An emulated TPM needs swtpm on the host (the Debian package swtpm-tools).</source>
        <translation>에뮬레이션된 TPM을 사용하려면 호스트에 swtpm이 필요합니다(Debian 패키지 swtpm-tools).</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Unknown libvirt error.</source>
        <translation>알 수 없는 libvirt 오류입니다.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>%1에 연결되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>SimpleDeviceForm</name>
    <message>
        <source>Type:</source>
        <translation>유형:</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>수신 대기 주소:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>암호:</translation>
    </message>
    <message>
        <source>A password is set; QVirt keeps it as it is.</source>
        <translation>암호가 설정되어 있습니다. QVirt는 암호를 그대로 유지합니다.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>버스:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>대상:</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>백엔드:</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, 버전 %2</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>동작:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>소스:</translation>
    </message>
    <message>
        <source>Change the settings of a %1 device.</source>
        <translation>%1 장치의 설정을 변경합니다.</translation>
    </message>
</context>
<context>
    <name>SnapshotTreeModel</name>
    <message numerus="yes">
        <source>Snapshots (%n)</source>
        <translation>
            <numerusform>스냅샷 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>Snapshot tree: %1 is the snapshot the VM was last reverted to or created from</extracomment>
        <translation>%1 (현재)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <extracomment>Snapshot tree: %1 is the disk&apos;s target name, e.g. vda</extracomment>
        <translation>디스크 %1</translation>
    </message>
    <message>
        <source>%1 (active layer: you are here)</source>
        <translation>%1 (활성 계층: 현재 위치)</translation>
    </message>
    <message>
        <source>external</source>
        <extracomment>Snapshot type column: an external snapshot (new overlay files); followed by &quot;, with memory&quot; or &quot;, disk only&quot;</extracomment>
        <translation>외부</translation>
    </message>
    <message>
        <source>internal</source>
        <extracomment>Snapshot type column: an internal snapshot (stored inside the qcow2 image); followed by &quot;, with memory&quot; or &quot;, disk only&quot;</extracomment>
        <translation>내부</translation>
    </message>
    <message>
        <source>, with memory</source>
        <extracomment>Appended to &quot;external&quot; or &quot;internal&quot; in the snapshot type column; keep the leading separator</extracomment>
        <translation>, 메모리 포함</translation>
    </message>
    <message>
        <source>, disk only</source>
        <extracomment>Appended to &quot;external&quot; or &quot;internal&quot; in the snapshot type column; keep the leading separator</extracomment>
        <translation>, 디스크만</translation>
    </message>
    <message>
        <source>%1; VM was %2</source>
        <extracomment>Snapshot type column: %1 is the snapshot type, %2 the state the VM was in when the snapshot was taken (Running, Paused, ...)</extracomment>
        <translation>%1; 당시 가상 머신 상태: %2</translation>
    </message>
    <message>
        <source>overlay created by this snapshot</source>
        <translation>이 스냅샷이 만든 오버레이</translation>
    </message>
    <message>
        <source>created by snapshot %1</source>
        <translation>스냅샷 %1에서 생성됨</translation>
    </message>
    <message>
        <source>base image</source>
        <extracomment>Snapshot tree: the bottom image of a disk&apos;s backing chain</extracomment>
        <translation>기본 이미지</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Size column: %1 is the space the image uses on disk, %2 its virtual size</extracomment>
        <translation>%2 중 %1 사용</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header of the snapshot tree</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header of the snapshot tree: internal/external, with memory or disk only</extracomment>
        <translation>유형</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header of the snapshot tree: date and time the snapshot was taken</extracomment>
        <translation>생성 시간</translation>
    </message>
    <message>
        <source>Size (used of virtual)</source>
        <extracomment>Column header of the snapshot tree</extracomment>
        <translation>크기 (사용/가상)</translation>
    </message>
    <message>
        <source>backing file of: %1</source>
        <extracomment>Snapshot tree: %1 lists the other VMs (linked clones) whose overlays are built on this image</extracomment>
        <translation>다음의 백킹 파일: %1</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>An internal snapshot lives inside qcow2 images, and disk %1 is %2. Take an external snapshot instead.</source>
        <translation>내부 스냅샷은 qcow2 이미지 안에 저장되지만 디스크 %1의 형식은 %2입니다. 대신 외부 스냅샷을 만드십시오.</translation>
    </message>
    <message>
        <source>UEFI firmware keeps its variables outside the disk images, so libvirt cannot take an internal snapshot of this virtual machine. Take an external snapshot instead.</source>
        <translation>UEFI 펌웨어는 변수를 디스크 이미지 외부에 저장하므로 libvirt가 이 가상 머신의 내부 스냅샷을 만들 수 없습니다. 대신 외부 스냅샷을 만드십시오.</translation>
    </message>
    <message>
        <source>This QEMU build cannot take live external snapshots. Shut the virtual machine off and take the snapshot then, or install a QEMU with live snapshot support (qemu-kvm-ev on CentOS 7).</source>
        <translation>이 QEMU 빌드는 실행 중인 가상 머신의 외부 스냅샷(라이브 스냅샷)을 만들 수 없습니다. 가상 머신을 종료한 후 스냅샷을 만들거나, 라이브 스냅샷을 지원하는 QEMU(CentOS 7에서는 qemu-kvm-ev)를 설치하십시오.</translation>
    </message>
    <message>
        <source>libvirt could not revert to this external snapshot. Nothing was changed.</source>
        <translation>libvirt가 이 외부 스냅샷으로 되돌리지 못했습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Shut the virtual machine off first: reverting to an external snapshot replaces its disks.</source>
        <translation>먼저 가상 머신을 끄십시오: 외부 스냅샷으로 되돌리면 디스크가 바뀝니다.</translation>
    </message>
    <message>
        <source>QVirt reverts external snapshots only on local hosts, where it can create the new overlay files.</source>
        <translation>QVirt는 로컬 호스트에서만 외부 스냅샷으로 되돌립니다. 새 오버레이 파일을 그곳에서 만들어야 하기 때문입니다.</translation>
    </message>
    <message>
        <source>The image under the snapshot&apos;s overlay %1 could not be found, so the state at the snapshot is unknown. Nothing was changed.</source>
        <translation>스냅샷 오버레이 %1 아래의 이미지를 찾을 수 없어 스냅샷 시점의 상태를 알 수 없습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The new overlay %1 could not be created: %2. Nothing was changed.</source>
        <translation>새 오버레이 %1을(를) 만들 수 없습니다: %2. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Disk %1 of the snapshot is no longer in the virtual machine. Nothing was changed.</source>
        <translation>스냅샷의 디스크 %1이(가) 더 이상 이 가상 머신에 없습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The disks were reverted, but the memory state in %1 could not be restored: %2. The virtual machine is off; start it to boot from the reverted disks.</source>
        <translation>디스크는 되돌렸지만 %1의 메모리 상태를 복원할 수 없습니다: %2. 가상 머신은 꺼져 있습니다. 시작하면 되돌린 디스크로 부팅합니다.</translation>
    </message>
    <message>
        <source>An external snapshot&apos;s overlay holds data written since; it goes away only by merging it into its backing file (block commit), and libvirt could not do that here. Nothing was changed.</source>
        <translation>외부 스냅샷의 오버레이에는 스냅샷 이후에 기록된 데이터가 들어 있습니다. 이를 없애려면 백킹 파일에 병합(block commit)하는 방법밖에 없는데, 여기서는 libvirt가 이 작업을 수행할 수 없었습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>SnapshotsPanel</name>
    <message>
        <source>The snapshots could not be read: %1</source>
        <translation>스냅샷을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Take Snapshot…</source>
        <translation>스냅샷 만들기…</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Return the VM to the selected snapshot (button, dialog title); not the same word as Restore (from a saved file) or Resume (a paused VM)</extracomment>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Button: read the snapshots again</extracomment>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Snapshots and disk backing chains</source>
        <translation>스냅샷 및 디스크 백킹 체인</translation>
    </message>
    <message>
        <source>Select a snapshot in the tree.</source>
        <translation>트리에서 스냅샷을 선택하십시오.</translation>
    </message>
    <message>
        <source>Return the virtual machine to this snapshot.</source>
        <translation>가상 머신을 이 스냅샷 상태로 되돌립니다.</translation>
    </message>
    <message>
        <source>Deleting an external snapshot merges its overlay into the image below it.</source>
        <translation>외부 스냅샷을 삭제하면 해당 오버레이가 바로 아래 이미지에 병합됩니다.</translation>
    </message>
    <message>
        <source>Delete this snapshot; the disks keep their current state.</source>
        <translation>이 스냅샷을 삭제합니다. 디스크는 현재 상태를 유지합니다.</translation>
    </message>
    <message>
        <source>Snapshot %1, taken %2.</source>
        <translation>스냅샷 %1(%2에 생성됨).</translation>
    </message>
    <message>
        <source>Memory state saved to %1.</source>
        <translation>메모리 상태가 %1에 저장되어 있습니다.</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>스냅샷 만들기</translation>
    </message>
    <message>
        <source>Internal, with memory (inside the qcow2 images)</source>
        <translation>내부 스냅샷, 메모리 포함 (qcow2 이미지 안에 저장)</translation>
    </message>
    <message>
        <source>Internal (inside the qcow2 images)</source>
        <translation>내부 스냅샷 (qcow2 이미지 안에 저장)</translation>
    </message>
    <message>
        <source>External, disks only (new overlay files)</source>
        <translation>외부 스냅샷, 디스크만 (새 오버레이 파일)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>설명:</translation>
    </message>
    <message>
        <source>Type:</source>
        <extracomment>Kind of snapshot to take: internal or external, with memory or disk only</extracomment>
        <translation>유형:</translation>
    </message>
    <message>
        <source>External snapshots turn each disk into a chain: the current image becomes read-only and new writes go to an overlay file next to it.</source>
        <translation>외부 스냅샷은 각 디스크를 체인으로 만듭니다. 현재 이미지는 읽기 전용이 되고, 이후 쓰기는 그 옆에 새로 만들어지는 오버레이 파일에 기록됩니다.</translation>
    </message>
    <message>
        <source>Snapshot %1 could not be taken.</source>
        <translation>스냅샷 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Revert to %1? What the virtual machine did since is lost unless you take a snapshot first.</source>
        <translation>%1(으)로 되돌리시겠습니까? 먼저 스냅샷을 만들어 두지 않으면 그 이후 가상 머신에서 변경된 내용이 모두 손실됩니다.</translation>
    </message>
    <message>
        <source>The virtual machine could not be reverted to %1.</source>
        <translation>가상 머신을 %1(으)로 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>스냅샷 삭제</translation>
    </message>
    <message>
        <source>Delete snapshot %1?</source>
        <translation>스냅샷 %1을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Snapshot %1 could not be deleted.</source>
        <translation>스냅샷 %1을(를) 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Merge Down (Commit)…</source>
        <translation>아래로 병합(Commit)…</translation>
    </message>
    <message>
        <source>Pull Backing Files Up…</source>
        <translation>백킹 파일 끌어올리기…</translation>
    </message>
    <message>
        <source>Cancel Merge</source>
        <translation>병합 취소</translation>
    </message>
    <message>
        <source>Select an image in a disk&apos;s chain.</source>
        <translation>디스크 백킹 체인에서 이미지를 선택하십시오.</translation>
    </message>
    <message>
        <source>Merging needs the virtual machine running: QEMU does the work.</source>
        <translation>병합하려면 가상 머신이 실행 중이어야 합니다. 병합 작업은 QEMU가 수행합니다.</translation>
    </message>
    <message>
        <source>A merge is already under way.</source>
        <translation>이미 병합이 진행 중입니다.</translation>
    </message>
    <message>
        <source>The base image has nothing below it to merge into.</source>
        <translation>기본 이미지 아래에는 병합할 대상 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>Backing files are pulled into the active layer: select it.</source>
        <translation>백킹 파일은 활성 계층으로 끌어올려집니다. 활성 계층을 선택하십시오.</translation>
    </message>
    <message>
        <source>The active layer has no backing files.</source>
        <translation>활성 계층에 백킹 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Write this image&apos;s data into the image below it and drop it from the chain.</source>
        <translation>이 이미지의 데이터를 바로 아래 이미지에 기록하고 이 이미지를 체인에서 제거합니다.</translation>
    </message>
    <message>
        <source>Copy every backing file&apos;s data into the active layer, so it stands alone.</source>
        <translation>모든 백킹 파일의 데이터를 활성 계층으로 복사하여 독립된 이미지로 만듭니다.</translation>
    </message>
    <message>
        <source>Pull Backing Files Up</source>
        <translation>백킹 파일 끌어올리기</translation>
    </message>
    <message>
        <source>Copy the data of every backing file of %1 into %2? The backing files stay on disk.</source>
        <translation>%1의 모든 백킹 파일 데이터를 %2(으)로 복사하시겠습니까? 백킹 파일은 디스크에 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Pull</source>
        <extracomment>Confirmation button: copy the backing files&apos; data up into the active image (block pull)</extracomment>
        <translation>끌어올리기</translation>
    </message>
    <message>
        <source>Merge Down</source>
        <extracomment>Dialog title: merge the selected image into the image below it (block commit)</extracomment>
        <translation>아래로 병합</translation>
    </message>
    <message>
        <source>Merge %1 into %2? %1 then leaves the chain; the file itself stays on disk.</source>
        <translation>%1을(를) %2에 병합하시겠습니까? 이후 %1은(는) 체인에서 빠지지만 파일 자체는 디스크에 남습니다.</translation>
    </message>
    <message>
        <source>Merge</source>
        <extracomment>Confirmation button and error title: merge disk images (block commit)</extracomment>
        <translation>병합</translation>
    </message>
    <message>
        <source>The merge could not start.</source>
        <translation>병합을 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Every image is unchanged and still valid.</source>
        <translation>모든 이미지는 변경되지 않았으며 여전히 유효합니다.</translation>
    </message>
    <message>
        <source>Merging %1: %p%</source>
        <translation>%1 병합 중: %p%</translation>
    </message>
    <message>
        <source>The merge on disk %1 failed.</source>
        <translation>디스크 %1의 병합에 실패했습니다.</translation>
    </message>
    <message>
        <source>QEMU stopped the block job.</source>
        <translation>QEMU가 block job을 중지했습니다.</translation>
    </message>
    <message>
        <source>The chain is as it was before the merge and every image is valid. See the host&apos;s libvirt log for the reason (a full disk, say).</source>
        <translation>체인은 병합 전 상태 그대로이며 모든 이미지는 유효합니다. 원인(예: 디스크 공간 부족)은 호스트의 libvirt 로그를 참조하십시오.</translation>
    </message>
    <message>
        <source>Give the disks new overlays on the images they had at this snapshot; the current overlays stay on disk.</source>
        <translation>각 디스크에 스냅샷 시점의 이미지 위에 새 오버레이를 만듭니다. 현재 오버레이는 디스크에 남습니다.</translation>
    </message>
    <message>
        <source>Revert to %1? It is an external snapshot: QVirt forces the virtual machine off first, then gives each disk a new overlay on the image it had at the snapshot. The current overlays stay on disk.</source>
        <translation>%1(으)로 되돌리시겠습니까? 외부 스냅샷입니다. QVirt는 먼저 가상 머신을 강제 종료한 다음, 각 디스크에 스냅샷 시점의 이미지 위에 새 오버레이를 만듭니다. 현재 오버레이는 디스크에 남습니다.</translation>
    </message>
    <message>
        <source>External, with memory (a live checkpoint)</source>
        <translation>외부 스냅샷, 메모리 포함 (라이브 체크포인트)</translation>
    </message>
    <message>
        <source>next to each disk&apos;s current image</source>
        <translation>각 디스크의 현재 이미지 옆</translation>
    </message>
    <message>
        <source>Folder for new files:</source>
        <translation>새 파일 폴더:</translation>
    </message>
    <message>
        <source>Delete merged files</source>
        <translation>병합된 파일 삭제</translation>
    </message>
    <message>
        <source>After a successful merge down, delete the images that left the chain. Without it they stay on disk.</source>
        <translation>아래로 병합이 성공하면 체인에서 빠진 이미지를 삭제합니다. 선택하지 않으면 디스크에 남습니다.</translation>
    </message>
    <message>
        <source>Save State to File…</source>
        <extracomment>Save the running VM&apos;s memory state to a file and stop it (virsh save)</extracomment>
        <translation>상태를 파일로 저장…</translation>
    </message>
    <message>
        <source>Restore State…</source>
        <extracomment>Start the VM from a state file written by &quot;Save State to File&quot; (virsh restore); not a snapshot revert</extracomment>
        <translation>상태 복원…</translation>
    </message>
    <message>
        <source>Take an external disk-only snapshot instead?</source>
        <translation>대신 디스크 전용 외부 스냅샷을 만드시겠습니까?</translation>
    </message>
    <message>
        <source>Take External Snapshot</source>
        <translation>외부 스냅샷 만들기</translation>
    </message>
    <message>
        <source>automatic</source>
        <extracomment>Placeholder of an empty file name field: QVirt chooses the file name</extracomment>
        <translation>자동</translation>
    </message>
    <message>
        <source>Overlay for %1:</source>
        <translation>%1의 오버레이:</translation>
    </message>
    <message>
        <source>Memory state file:</source>
        <translation>메모리 상태 파일:</translation>
    </message>
    <message>
        <source>Overlays outside the chain (%1) may be built on %2; after the merge they no longer show the state they were made from.</source>
        <translation>체인 밖의 오버레이(%1)가 %2 위에 만들어졌을 수 있습니다. 병합 후에는 만들어질 때의 상태를 보여 주지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is the backing file of %2: merging would change what they read and corrupt them.</source>
        <translation>%1은(는) %2의 백킹 파일입니다. 병합하면 이들이 읽는 데이터가 바뀌어 손상됩니다.</translation>
    </message>
    <message>
        <source>%1 (backing file of %2)</source>
        <translation>%1 (%2의 백킹 파일)</translation>
    </message>
    <message>
        <source>Other virtual machines are built on these backing files: %1. They stay unchanged; do not delete them.</source>
        <translation>다른 가상 머신이 다음 백킹 파일을 기반으로 합니다: %1. 이 파일은 변경되지 않고 그대로 남습니다. 삭제하지 마십시오.</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Operating system: %1</source>
        <translation>운영 체제: %1</translation>
    </message>
    <message>
        <source>Operating system: generic (QVirt chooses widely supported devices)</source>
        <translation>운영 체제: 일반(QVirt가 널리 지원되는 장치를 선택)</translation>
    </message>
    <message>
        <source>Installation source and operating system</source>
        <translation>설치 소스 및 운영 체제</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse the host&apos;s &amp;storage…</source>
        <translation>호스트 스토리지 찾아보기(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>For example: https://deb.debian.org/debian/dists/bookworm/main/installer-amd64/</source>
        <translation>예: https://deb.debian.org/debian/dists/bookworm/main/installer-amd64/</translation>
    </message>
    <message>
        <source>&amp;Kernel arguments:</source>
        <translation>커널 인수(&amp;K):</translation>
    </message>
    <message>
        <source>Optional, for example: console=ttyS0 auto=true</source>
        <translation>선택 사항, 예: console=ttyS0 auto=true</translation>
    </message>
    <message>
        <source>&amp;Detect the operating system from the installation source</source>
        <translation>설치 소스에서 운영 체제 감지(&amp;D)</translation>
    </message>
    <message>
        <source>Search operating systems, for example: debian 12, win11, rhel</source>
        <translation>운영 체제 검색(예: debian 12, win11, rhel)</translation>
    </message>
    <message>
        <source>Search operating systems</source>
        <translation>운영 체제 검색</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>운영 체제</translation>
    </message>
    <message>
        <source>Include &amp;end-of-life systems</source>
        <translation>지원 종료된 시스템 포함(&amp;E)</translation>
    </message>
    <message>
        <source>Path on the host</source>
        <translation>호스트의 경로</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>운영 체제</translation>
    </message>
    <message>
        <source>ISO image or CD-ROM device on the host:</source>
        <translation>호스트의 ISO 이미지 또는 CD-ROM 장치:</translation>
    </message>
    <message>
        <source>Existing disk image on the host:</source>
        <translation>호스트의 기존 디스크 이미지:</translation>
    </message>
    <message>
        <source>The VM boots from the network. Choose the operating system the PXE server installs, so QVirt picks devices it has drivers for.</source>
        <translation>가상 머신이 네트워크에서 부팅합니다. PXE 서버가 설치하는 운영 체제를 선택하면 QVirt가 해당 운영 체제에 드라이버가 있는 장치를 선택합니다.</translation>
    </message>
    <message>
        <source>The VM is created without an operating system. Choose the one you will put on it, so QVirt picks devices it has drivers for.</source>
        <translation>가상 머신이 운영 체제 없이 만들어집니다. 설치할 운영 체제를 선택하면 QVirt가 해당 운영 체제에 드라이버가 있는 장치를 선택합니다.</translation>
    </message>
    <message>
        <source>Detecting the operating system…</source>
        <translation>운영 체제를 감지하는 중…</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>감지됨: %1</translation>
    </message>
    <message>
        <source>QVirt could not make a temporary file to read the ISO image into.</source>
        <translation>QVirt가 ISO 이미지를 읽어 들일 임시 파일을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The ISO image could not be read through libvirt: %1 Only images in a storage pool can be read on a remote host.</source>
        <translation>libvirt를 통해 ISO 이미지를 읽을 수 없습니다: %1 원격 호스트에서는 스토리지 풀에 있는 이미지만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Loading the operating system list…</source>
        <translation>운영 체제 목록을 불러오는 중…</translation>
    </message>
    <message>
        <source>Generic or unknown operating system</source>
        <translation>일반 또는 알 수 없는 운영 체제</translation>
    </message>
    <message>
        <source>Choose a Disk Image</source>
        <translation>디스크 이미지 선택</translation>
    </message>
    <message>
        <source>Choose an ISO Image</source>
        <translation>ISO 이미지 선택</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw *.vmdk *.vdi)</source>
        <translation>디스크 이미지 (*.qcow2 *.img *.raw *.vmdk *.vdi)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>ISO images (*.iso)</source>
        <translation>ISO 이미지 (*.iso)</translation>
    </message>
</context>
<context>
    <name>SpiceDisplayPage</name>
    <message>
        <source>This virtual machine shows its screen through SPICE</source>
        <translation>이 가상 머신은 SPICE로 화면을 표시합니다</translation>
    </message>
    <message>
        <source>Open in Remote Viewer</source>
        <extracomment>Button: open the VM&apos;s SPICE display in the remote-viewer program (virt-viewer)</extracomment>
        <translation>Remote Viewer에서 열기</translation>
    </message>
    <message>
        <source>Switch to VNC…</source>
        <extracomment>Button: change the VM&apos;s definition so its display is VNC from its next start</extracomment>
        <translation>VNC로 전환…</translation>
    </message>
    <message>
        <source>Switch the display to VNC</source>
        <translation>디스플레이를 VNC로 전환</translation>
    </message>
    <message>
        <source>Go Back to SPICE…</source>
        <extracomment>Console toolbar button: restore the VM&apos;s definition from before its display was switched to VNC</extracomment>
        <translation>SPICE로 되돌리기…</translation>
    </message>
    <message>
        <source>Go back to SPICE</source>
        <translation>SPICE로 되돌리기</translation>
    </message>
    <message>
        <source>Restore the definition this virtual machine had before its display was switched to VNC.</source>
        <translation>디스플레이를 VNC로 전환하기 전의 가상 머신 정의를 복원합니다.</translation>
    </message>
    <message>
        <source>QVirt&apos;s console speaks VNC, so it cannot show a SPICE display itself. Open the display in Remote Viewer, which speaks SPICE, or switch this virtual machine&apos;s display to VNC to see it here.</source>
        <translation>QVirt 콘솔은 VNC를 사용하므로 SPICE 디스플레이를 직접 표시할 수 없습니다. SPICE를 지원하는 Remote Viewer에서 디스플레이를 열거나, 여기에서 보려면 이 가상 머신의 디스플레이를 VNC로 전환하십시오.</translation>
    </message>
    <message>
        <source>Remote Viewer is not installed. Install the package virt-viewer to open SPICE displays.</source>
        <translation>Remote Viewer가 설치되어 있지 않습니다. SPICE 디스플레이를 열려면 virt-viewer 패키지를 설치하십시오.</translation>
    </message>
    <message>
        <source>The virtual machine must run to open its display in Remote Viewer.</source>
        <translation>Remote Viewer에서 디스플레이를 열려면 가상 머신이 실행 중이어야 합니다.</translation>
    </message>
    <message>
        <source>Remote Viewer shows the display in a window of its own. It closes when QVirt quits.</source>
        <translation>Remote Viewer는 별도의 창에 디스플레이를 표시합니다. QVirt를 종료하면 이 창도 닫힙니다.</translation>
    </message>
    <message>
        <source>This virtual machine is transient: it has no definition to change.</source>
        <translation>이 가상 머신은 임시 가상 머신이므로 변경할 정의가 없습니다.</translation>
    </message>
    <message>
        <source>The display is switched to VNC for the next start. Shut the virtual machine down and start it again to see its screen here.</source>
        <translation>다음 시작부터 디스플레이가 VNC로 전환됩니다. 여기에서 화면을 보려면 가상 머신을 종료한 후 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>Changes the definition for the next start: the display becomes VNC and devices that work only with SPICE are adapted or removed. QVirt keeps the current definition so you can go back to SPICE.</source>
        <translation>다음 시작에 적용되도록 정의를 변경합니다. 디스플레이가 VNC로 바뀌고 SPICE에서만 작동하는 장치는 조정되거나 제거됩니다. QVirt가 현재 정의를 보관하므로 SPICE로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Remote Viewer was started; it reaches the display through the host&apos;s SSH connection.</source>
        <translation>Remote Viewer를 시작했습니다. Remote Viewer는 호스트의 SSH 연결을 통해 디스플레이에 연결합니다.</translation>
    </message>
    <message>
        <source>Remote Viewer was started.</source>
        <translation>Remote Viewer를 시작했습니다.</translation>
    </message>
    <message>
        <source>Remote Viewer</source>
        <extracomment>Title of the error box when remote-viewer could not be opened</extracomment>
        <translation>Remote Viewer</translation>
    </message>
    <message>
        <source>The display of &quot;%1&quot; could not be opened in Remote Viewer.</source>
        <translation>&quot;%1&quot;의 디스플레이를 Remote Viewer에서 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Switch Display to VNC</source>
        <extracomment>Title of error boxes about switching a VM&apos;s display from SPICE to VNC</extracomment>
        <translation>디스플레이를 VNC로 전환</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; could not be read.</source>
        <translation>&quot;%1&quot;의 정의를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; has no SPICE display to switch.</source>
        <translation>&quot;%1&quot;의 정의에 전환할 SPICE 디스플레이가 없습니다.</translation>
    </message>
    <message>
        <source>The definition changed while the list of changes was shown. Look at the list again.</source>
        <translation>변경 사항 목록이 표시되는 동안 정의가 변경되었습니다. 목록을 다시 확인하십시오.</translation>
    </message>
    <message>
        <source>The display of &quot;%1&quot; could not be switched to VNC.</source>
        <translation>&quot;%1&quot;의 디스플레이를 VNC로 전환할 수 없습니다.</translation>
    </message>
    <message>
        <source>Go Back to SPICE</source>
        <extracomment>Title of the question and error boxes about restoring a VM&apos;s SPICE display
----------
Button: restore the VM&apos;s definition from before the switch to VNC</extracomment>
        <translation>SPICE로 되돌리기</translation>
    </message>
    <message>
        <source>QVirt keeps no definition of &quot;%1&quot; from before a switch to VNC.</source>
        <translation>QVirt에 VNC로 전환하기 전의 &quot;%1&quot; 정의가 보관되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; was changed after its display was switched to VNC. Going back restores the definition from before the switch, which undoes those later changes as well.</source>
        <translation>디스플레이를 VNC로 전환한 후 &quot;%1&quot;의 정의가 변경되었습니다. 되돌리면 전환 전의 정의가 복원되므로 그 이후의 변경 사항도 함께 취소됩니다.</translation>
    </message>
    <message>
        <source>Go Back and Undo Them</source>
        <extracomment>Button: restore the SPICE definition although it undoes later changes</extracomment>
        <translation>되돌리고 변경 사항 취소</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; from before its display was switched to VNC is restored exactly. It takes effect the next time the virtual machine starts.</source>
        <translation>디스플레이를 VNC로 전환하기 전의 &quot;%1&quot; 정의를 그대로 복원했습니다. 가상 머신을 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; from before the switch could not be restored.</source>
        <translation>전환 전의 &quot;%1&quot; 정의를 복원할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>StatsPlot</name>
    <message>
        <source>%1: %2 (%3 to %4)</source>
        <extracomment>Read-out of a 24-hour graph: %1 the series (&quot;vda read&quot;), %2 the minute&apos;s average, %3 its minimum, %4 its maximum</extracomment>
        <translation>%1: %2(%3~%4)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Read-out of a graph: %1 the series (&quot;CPU&quot;, &quot;vda read&quot;), %2 its value with unit (&quot;2.5 MB/s&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>Read-out under a graph: %1 the clock time of the point under the mouse pointer, %2 the values of each series there</extracomment>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>StatsRangeBox</name>
    <message>
        <source>Last minute</source>
        <extracomment>Time range of the performance graphs</extracomment>
        <translation>최근 1분</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <extracomment>Time range of the performance graphs</extracomment>
        <translation>최근 10분</translation>
    </message>
    <message>
        <source>Last hour</source>
        <extracomment>Time range of the performance graphs</extracomment>
        <translation>최근 1시간</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <extracomment>Time range of the performance graphs: shows the minimum, average and maximum of each minute</extracomment>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>Time range</source>
        <extracomment>Accessible name of the combo box that picks the time range of the performance graphs</extracomment>
        <translation>시간 범위</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The file does not exist.</source>
        <translation>파일이 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The image is not in a libvirt storage pool on the remote host, so it cannot be deleted from here. Remove it on the host.</source>
        <translation>이 이미지는 원격 호스트의 libvirt 스토리지 풀에 없으므로 여기에서 삭제할 수 없습니다. 호스트에서 직접 삭제하십시오.</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened as a storage pool: %2</source>
        <translation>폴더 %1을(를) 스토리지 풀로 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The file is not in the folder %1 on the host.</source>
        <translation>파일이 호스트의 폴더 %1에 없습니다.</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Storage</source>
        <translation>스토리지</translation>
    </message>
    <message>
        <source>&amp;Create a disk image</source>
        <translation>디스크 이미지 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Use an &amp;existing volume or disk image</source>
        <translation>기존 볼륨 또는 디스크 이미지 사용(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;No disk</source>
        <translation>디스크 없음(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Create the storage pool &quot;default&quot; in /var/lib/libvirt/images</source>
        <translation>/var/lib/libvirt/images에 스토리지 풀 &quot;default&quot; 만들기</translation>
    </message>
    <message>
        <source> GiB</source>
        <extracomment>Unit suffix of a disk size in gibibytes</extracomment>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>디스크 크기</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>스토리지 풀</translation>
    </message>
    <message>
        <source>Disk image format</source>
        <translation>디스크 이미지 형식</translation>
    </message>
    <message>
        <source>Path on the host</source>
        <translation>호스트의 경로</translation>
    </message>
    <message>
        <source>Disk bus</source>
        <translation>디스크 버스</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>풀(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>크기(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>Disk b&amp;us:</source>
        <translation>디스크 버스(&amp;U):</translation>
    </message>
    <message>
        <source>VirtIO (fastest; needs VirtIO drivers)</source>
        <translation>VirtIO(가장 빠름, VirtIO 드라이버 필요)</translation>
    </message>
    <message>
        <source>SATA</source>
        <translation>SATA</translation>
    </message>
    <message>
        <source>SCSI (VirtIO SCSI)</source>
        <translation>SCSI(VirtIO SCSI)</translation>
    </message>
    <message>
        <source>IDE (i440FX only)</source>
        <translation>IDE(i440FX 전용)</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1(비활성)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 free)</source>
        <translation>%1(%2, %3 사용 가능)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>The VM boots from the image %1. QVirt does not copy it.</source>
        <translation>가상 머신이 이미지 %1에서 부팅합니다. QVirt는 이미지를 복사하지 않습니다.</translation>
    </message>
    <message>
        <source>This host has no storage pools. A new disk image needs one.</source>
        <translation>이 호스트에는 스토리지 풀이 없습니다. 새 디스크 이미지를 만들려면 스토리지 풀이 필요합니다.</translation>
    </message>
    <message>
        <source>The pool %1 is not active: start it in the host&apos;s storage settings first.</source>
        <translation>풀 %1이(가) 활성 상태가 아닙니다. 먼저 호스트의 스토리지 설정에서 풀을 시작하십시오.</translation>
    </message>
    <message>
        <source>The disk may grow larger than the %1 free in this pool.</source>
        <translation>디스크가 이 풀의 사용 가능한 공간(%1)보다 커질 수 있습니다.</translation>
    </message>
    <message>
        <source>The Q35 chipset has no IDE controller: choose SATA, or the i440FX chipset on the previous page.</source>
        <translation>Q35 칩셋에는 IDE 컨트롤러가 없습니다. SATA를 선택하거나 이전 페이지에서 i440FX 칩셋을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 has no VirtIO drivers of its own: its installer will not see this disk without a driver disk.</source>
        <translation>%1에는 자체 VirtIO 드라이버가 없습니다. 드라이버 디스크 없이는 설치 프로그램이 이 디스크를 인식하지 못합니다.</translation>
    </message>
    <message>
        <source>New VM</source>
        <translation>새 가상 머신</translation>
    </message>
    <message>
        <source>The storage pool &quot;default&quot; could not be created.</source>
        <translation>스토리지 풀 &quot;default&quot;를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Check that /var/lib/libvirt/images can be made on the host, or choose an existing image instead.</source>
        <translation>호스트에 /var/lib/libvirt/images를 만들 수 있는지 확인하거나, 대신 기존 이미지를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>StoragePoolModel</name>
    <message>
        <source>Active</source>
        <extracomment>State of a storage pool</extracomment>
        <translation>활성</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>비활성</translation>
    </message>
    <message>
        <source>On boot</source>
        <extracomment>Whether a storage pool starts with the host</extracomment>
        <translation>부팅 시</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the storage pool list</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column of the storage pool list: active or inactive</extracomment>
        <translation>상태</translation>
    </message>
    <message>
        <source>Autostart</source>
        <extracomment>Column of the storage pool list: whether it starts with the host</extracomment>
        <translation>자동 시작</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column of the storage pool list: dir, netfs, logical...</extracomment>
        <translation>유형</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>Column of the storage pool list: its folder on the host</extracomment>
        <translation>경로</translation>
    </message>
    <message>
        <source>Capacity</source>
        <extracomment>Column of the storage pool list: its total size</extracomment>
        <translation>용량</translation>
    </message>
    <message>
        <source>Allocation</source>
        <extracomment>Column of the storage pool list: the space in use</extracomment>
        <translation>할당량</translation>
    </message>
    <message>
        <source>Available</source>
        <extracomment>Column of the storage pool list: the free space</extracomment>
        <translation>사용 가능</translation>
    </message>
</context>
<context>
    <name>StoragePools</name>
    <message>
        <source>The host&apos;s storage pools could not be listed.</source>
        <translation>호스트의 스토리지 풀 목록을 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>The storage pool %1 was defined but could not be started: %2</source>
        <translation>스토리지 풀 %1을(를) 정의했지만 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be stopped: %2</source>
        <translation>스토리지 풀 %1을(를) 중지할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The storage of pool %1 could not be deleted; the pool is stopped and still defined: %2</source>
        <translation>풀 %1의 스토리지를 삭제할 수 없습니다. 풀은 중지되었지만 아직 정의되어 있습니다: %2</translation>
    </message>
</context>
<context>
    <name>StorageVolumeModel</name>
    <message>
        <source>%1 is an overlay on %2.</source>
        <translation>%1은(는) %2 위의 오버레이입니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the volume list</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <source>Format</source>
        <extracomment>Column of the volume list: qcow2, raw, iso...</extracomment>
        <translation>형식</translation>
    </message>
    <message>
        <source>Capacity</source>
        <extracomment>Column of the volume list: the size the guest sees</extracomment>
        <translation>용량</translation>
    </message>
    <message>
        <source>Allocation</source>
        <extracomment>Column of the volume list: the space it takes on the host</extracomment>
        <translation>할당량</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>Column of the volume list: its file on the host</extracomment>
        <translation>경로</translation>
    </message>
    <message>
        <source>Used by</source>
        <extracomment>Column of the volume list: the virtual machines whose disks use it</extracomment>
        <translation>사용처</translation>
    </message>
</context>
<context>
    <name>StorageVolumes</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready to create the VM</source>
        <translation>가상 머신을 만들 준비 완료</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Name of the VM</source>
        <translation>가상 머신 이름</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>C&amp;ustomize the hardware before installing</source>
        <translation>설치 전에 하드웨어 사용자 지정(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Start the VM when it is created</source>
        <translation>만든 후 가상 머신 시작(&amp;S)</translation>
    </message>
    <message>
        <source>Give the VM a name.</source>
        <translation>가상 머신의 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>A VM&apos;s name cannot contain / \ &lt; &gt; &amp; &apos; or &quot; or start with a space.</source>
        <translation>가상 머신 이름에는 / \ &lt; &gt; &amp; &apos; &quot; 문자를 사용할 수 없으며 공백으로 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>This host already has a VM named %1.</source>
        <translation>이 호스트에 이미 %1(이)라는 가상 머신이 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Begin Installation</source>
        <translation>설치 시작(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ustomize the hardware before creating</source>
        <translation>만들기 전에 하드웨어 사용자 지정(&amp;U)</translation>
    </message>
    <message>
        <source>From the ISO image %1</source>
        <translation>ISO 이미지 %1에서 설치</translation>
    </message>
    <message>
        <source>From the network install tree %1</source>
        <translation>네트워크 설치 트리 %1에서 설치</translation>
    </message>
    <message>
        <source>Boots the existing image %1</source>
        <translation>기존 이미지 %1에서 부팅</translation>
    </message>
    <message>
        <source>Boots from the network (PXE)</source>
        <translation>네트워크에서 부팅(PXE)</translation>
    </message>
    <message>
        <source>No installation</source>
        <translation>설치 안 함</translation>
    </message>
    <message>
        <source>New %1 image of %2 in the pool %3 (%4), on the %5 bus</source>
        <translation>풀 %3(%4)의 새 %1 이미지(%2), %5 버스</translation>
    </message>
    <message>
        <source>%1 (%2), on the %3 bus</source>
        <translation>%1(%2), %3 버스</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Virtual network %1, %2</source>
        <translation>가상 네트워크 %1, %2</translation>
    </message>
    <message>
        <source>Host bridge %1, %2</source>
        <translation>호스트 브리지 %1, %2</translation>
    </message>
    <message>
        <source>Macvtap on %1, %2</source>
        <translation>%1의 Macvtap, %2</translation>
    </message>
    <message>
        <source>User-mode networking, %1</source>
        <translation>사용자 모드 네트워킹, %1</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI with secure boot</source>
        <translation>UEFI(보안 부팅)</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>운영 체제</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>설치</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Chipset and firmware</source>
        <translation>칩셋 및 펌웨어</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>디스크</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>디스플레이</translation>
    </message>
    <message>
        <source>VNC on %1</source>
        <translation>%1의 VNC</translation>
    </message>
    <message>
        <source>VNC on %1 with a password</source>
        <translation>%1의 VNC(암호 사용)</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Emulated TPM 2.0</source>
        <translation>에뮬레이션된 TPM 2.0</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <extracomment>%1 says what is transferred (Uploading x into y)</extracomment>
        <translation>취소: %1</translation>
    </message>
</context>
<context>
    <name>TreeDownloader</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1을(를) 다운로드할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>TypeTextDialog</name>
    <message>
        <source>German</source>
        <extracomment>Guest keyboard layout for typing text into a VM</extracomment>
        <translation>독일어</translation>
    </message>
    <message>
        <source>French (AZERTY)</source>
        <extracomment>Guest keyboard layout for typing text into a VM</extracomment>
        <translation>프랑스어(AZERTY)</translation>
    </message>
    <message>
        <source>Japanese (106/109 keys)</source>
        <extracomment>Guest keyboard layout for typing text into a VM (the JIS keyboard with 106 or 109 keys)</extracomment>
        <translation>일본어(106/109키)</translation>
    </message>
    <message>
        <source>English (US)</source>
        <extracomment>Guest keyboard layout for typing text into a VM</extracomment>
        <translation>영어(미국)</translation>
    </message>
    <message>
        <source>Type Text</source>
        <extracomment>Title of the dialog that types text into a VM&apos;s console as key presses</extracomment>
        <translation>텍스트 입력</translation>
    </message>
    <message>
        <source>QVirt presses the keys that make this text in the guest, as if typed on its keyboard. Line breaks are typed as Enter.</source>
        <translation>QVirt가 게스트의 키보드로 입력하는 것처럼 이 텍스트에 해당하는 키를 게스트에서 누릅니다. 줄 바꿈은 Enter로 입력됩니다.</translation>
    </message>
    <message>
        <source>Text to type into the guest</source>
        <translation>게스트에 입력할 텍스트</translation>
    </message>
    <message>
        <source>Guest keyboard layout:</source>
        <translation>게스트 키보드 레이아웃:</translation>
    </message>
    <message>
        <source>Guest keyboard layout</source>
        <translation>게스트 키보드 레이아웃</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Button that starts typing the text into the VM</extracomment>
        <translation>입력</translation>
    </message>
</context>
<context>
    <name>UnitScale</name>
    <message>
        <source>%</source>
        <extracomment>Unit symbol: percent</extracomment>
        <translation>%</translation>
    </message>
    <message>
        <source>GB/s</source>
        <extracomment>Unit symbol: gigabytes (1,000,000,000 bytes) per second</extracomment>
        <translation>GB/s</translation>
    </message>
    <message>
        <source>MB/s</source>
        <extracomment>Unit symbol: megabytes (1,000,000 bytes) per second</extracomment>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>kB/s</source>
        <extracomment>Unit symbol: kilobytes (1,000 bytes) per second</extracomment>
        <translation>kB/s</translation>
    </message>
    <message>
        <source>B/s</source>
        <extracomment>Unit symbol: bytes per second</extracomment>
        <translation>B/s</translation>
    </message>
    <message>
        <source>GiB</source>
        <extracomment>Unit symbol: gibibytes (1,073,741,824 bytes)</extracomment>
        <translation>GiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <extracomment>Unit symbol: mebibytes (1,048,576 bytes)</extracomment>
        <translation>MiB</translation>
    </message>
    <message>
        <source>–</source>
        <extracomment>A figure that is not known at this time (in a graph&apos;s read-out or the guests table)</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A figure and its unit: %1 the number, %2 the unit symbol (&quot;2.5 MB/s&quot;, &quot;40 %&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>VmListPanel</name>
    <message>
        <source>Virtual machines</source>
        <translation>가상 머신</translation>
    </message>
    <message>
        <source>Filter by name or title</source>
        <translation>이름 또는 제목으로 필터링</translation>
    </message>
    <message>
        <source>Filter virtual machines</source>
        <translation>가상 머신 필터링</translation>
    </message>
    <message>
        <source>Show virtual machines in state</source>
        <translation>표시할 가상 머신 상태</translation>
    </message>
    <message>
        <source>All states</source>
        <extracomment>State filter of the virtual machine list</extracomment>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>State filter: VMs that are running or paused (every VM that is not shut off)</extracomment>
        <translation>활성</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>State filter: VMs that are running</extracomment>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>filter: domains in paused state</comment>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <source>Shut off</source>
        <extracomment>State filter: VMs that are shut off</extracomment>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Menu action: open the selected VM&apos;s window (console and details)</extracomment>
        <translation>열기</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>파일로 저장…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Select one or more virtual machines.</source>
        <translation>가상 머신을 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>Migrate…</source>
        <extracomment>Menu action: move the selected VM to another host</extracomment>
        <translation>마이그레이션…</translation>
    </message>
    <message>
        <source>Select one virtual machine.</source>
        <translation>가상 머신을 하나 선택하십시오.</translation>
    </message>
    <message>
        <source>Connect to the destination host first.</source>
        <translation>먼저 대상 호스트에 연결하십시오.</translation>
    </message>
    <message>
        <source>Clone…</source>
        <extracomment>Menu action: make a copy (full or linked) of the selected VM</extracomment>
        <translation>복제…</translation>
    </message>
    <message>
        <source>Shut the virtual machine down or pause it to clone it.</source>
        <translation>복제하려면 가상 머신을 종료하거나 일시 정지하십시오.</translation>
    </message>
</context>
<context>
    <name>VmWindow</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; no longer exists on %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;이(가) %2에 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Actions</source>
        <extracomment>Accessible name of the VM window&apos;s toolbar</extracomment>
        <translation>작업</translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>Tab of the VM window</extracomment>
        <translation>개요</translation>
    </message>
    <message>
        <source>Console</source>
        <extracomment>Tab of the VM window: the VM&apos;s screen</extracomment>
        <translation>콘솔</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>스냅샷</translation>
    </message>
    <message>
        <source>Hardware</source>
        <extracomment>Tab of the VM window</extracomment>
        <translation>하드웨어</translation>
    </message>
    <message>
        <source>Performance</source>
        <extracomment>Tab of the VM window: usage graphs</extracomment>
        <translation>성능</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>파일로 저장…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>%1 on %2 — QVirt</source>
        <translation>%2의 %1 — QVirt</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPU:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>메모리:</translation>
    </message>
    <message>
        <source>Maximum memory:</source>
        <translation>최대 메모리:</translation>
    </message>
    <message>
        <source>Autostart:</source>
        <translation>자동 시작:</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Value of the Autostart and Persistent rows</extracomment>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Value of the Autostart row: the VM does not start when the host boots</extracomment>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Persistent:</source>
        <extracomment>Row label: whether libvirt keeps the VM&apos;s definition after it stops</extracomment>
        <translation>영구:</translation>
    </message>
    <message>
        <source>No (transient: gone when it stops)</source>
        <translation>아니요(임시: 중지되면 사라짐)</translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>구성을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The configuration could not be parsed: %1</source>
        <translation>구성을 구문 분석할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>하이퍼바이저:</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>아키텍처:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>펌웨어:</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>Emulator:</source>
        <translation>에뮬레이터:</translation>
    </message>
    <message>
        <source>Disks:</source>
        <translation>디스크:</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Value of the Disks, Display and Network rows when the VM has none</extracomment>
        <translation>없음</translation>
    </message>
    <message>
        <source>port chosen at start</source>
        <extracomment>Display row: libvirt picks the VNC port when the VM starts (autoport)</extracomment>
        <translation>시작 시 포트 할당</translation>
    </message>
    <message>
        <source>Display:</source>
        <extracomment>Row label: the VM&apos;s graphical display (VNC, SPICE)</extracomment>
        <translation>디스플레이:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>네트워크:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>설명:</translation>
    </message>
    <message>
        <source>The console is in its own window. Close that window to bring it back here.</source>
        <translation>콘솔이 별도의 창에 표시되어 있습니다. 해당 창을 닫으면 여기로 돌아옵니다.</translation>
    </message>
    <message>
        <source>%1 — Console — QVirt</source>
        <translation>%1 — 콘솔 — QVirt</translation>
    </message>
    <message>
        <source>%1 (managed save present: starting resumes it)</source>
        <extracomment>%1 is the VM&apos;s state, e.g. &quot;Shut off&quot;.</extracomment>
        <translation>%1 (관리 저장 있음: 시작하면 저장된 상태에서 재개됨)</translation>
    </message>
    <message>
        <source>empty</source>
        <comment>disk source</comment>
        <extracomment>A drive with no medium (an empty CD-ROM), shown where the image&apos;s path would be.</extracomment>
        <translation>미디어 없음</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <extracomment>A VM&apos;s disk: %1 target (vda), %2 device (disk, cdrom), %3 format or bus, %4 the image.</extracomment>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3): %4 on %n backing file(s)</source>
        <extracomment>%1 target (vda), %2 device, %3 format, %4 the image, %n how many images lie under it.</extracomment>
        <translation>
            <numerusform>%1 (%2, %3): %4 (백킹 파일 %n개 기반)</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>연결이 닫혔습니다.</translation>
    </message>
    <message>
        <source>XML</source>
        <extracomment>Tab of the VM window: the VM&apos;s libvirt definition as XML text</extracomment>
        <translation>XML</translation>
    </message>
</context>
<context>
    <name>VncClient</name>
    <message>
        <source>The server announced an impossible screen size of %1×%2.</source>
        <translation>서버가 불가능한 화면 크기 %1×%2을(를) 알려 왔습니다.</translation>
    </message>
    <message>
        <source>Cannot reach the VNC server at %1:%2: %3</source>
        <translation>%1:%2의 VNC 서버에 연결할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>The VNC server refused the password.</source>
        <translation>VNC 서버가 암호를 거부했습니다.</translation>
    </message>
    <message>
        <source>The VNC handshake failed: %1</source>
        <translation>VNC 핸드셰이크에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>The VNC server could not be set up: %1</source>
        <translation>VNC 서버와의 초기 설정에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>The VNC server closed the connection: %1</source>
        <translation>VNC 서버가 연결을 닫았습니다: %1</translation>
    </message>
    <message>
        <source>The server sent a rectangle outside the screen.</source>
        <translation>서버가 화면 밖의 사각형을 보냈습니다.</translation>
    </message>
    <message>
        <source>The server sent encoding %1, which was not asked for.</source>
        <translation>서버가 요청하지 않은 인코딩 %1을(를) 보냈습니다.</translation>
    </message>
    <message>
        <source>The VNC server does not allow the guest&apos;s screen to be resized.</source>
        <translation>VNC 서버가 게스트 화면 크기 변경을 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>The guest&apos;s screen cannot take that size: the VNC server is out of resources.</source>
        <translation>게스트 화면을 그 크기로 바꿀 수 없습니다: VNC 서버의 리소스가 부족합니다.</translation>
    </message>
    <message>
        <source>The guest&apos;s video device cannot change its size on request. A virtio or QXL video device can, with the guest&apos;s display driver or agent.</source>
        <translation>게스트의 비디오 장치는 요청에 따라 크기를 바꿀 수 없습니다. virtio 또는 QXL 비디오 장치는 게스트의 디스플레이 드라이버나 에이전트와 함께 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>The VNC server refused the new screen size (status %1).</source>
        <translation>VNC 서버가 새 화면 크기를 거부했습니다(상태 %1).</translation>
    </message>
    <message>
        <source>This VNC server cannot resize the guest&apos;s screen.</source>
        <translation>이 VNC 서버는 게스트 화면 크기를 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The server sent a picture that cannot be decoded.</source>
        <translation>서버가 디코딩할 수 없는 화면 데이터를 보냈습니다.</translation>
    </message>
    <message>
        <source>The server sent a clipboard message of %1 MiB, more than QVirt takes (%2 MiB).</source>
        <translation>서버가 %1MiB 크기의 클립보드 메시지를 보냈습니다. QVirt가 받을 수 있는 크기(%2MiB)를 초과합니다.</translation>
    </message>
    <message>
        <source>The guest&apos;s clipboard holds more than %1 MiB of text; it was not copied.</source>
        <translation>게스트의 클립보드에 %1MiB가 넘는 텍스트가 있어 복사하지 않았습니다.</translation>
    </message>
    <message>
        <source>The guest&apos;s clipboard text arrived damaged; it was not copied.</source>
        <translation>게스트의 클립보드 텍스트가 손상된 상태로 도착하여 복사하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>VncSettings</name>
    <message>
        <source>Automatic</source>
        <extracomment>VNC encoding choice: QVirt picks one by the kind of link</extracomment>
        <translation>자동</translation>
    </message>
    <message>
        <source>Raw</source>
        <extracomment>VNC encoding name; usually left untranslated</extracomment>
        <translation>Raw</translation>
    </message>
    <message>
        <source>ZRLE</source>
        <translation>ZRLE</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Tight</translation>
    </message>
</context>
<context>
    <name>VolumePicker</name>
    <message>
        <source>Choose a Volume</source>
        <translation>볼륨 선택</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>스토리지 풀</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>선택(&amp;H)</translation>
    </message>
    <message>
        <source>Reading the host&apos;s storage pools…</source>
        <translation>호스트의 스토리지 풀을 읽는 중…</translation>
    </message>
    <message>
        <source>The host&apos;s storage pools could not be read: %1</source>
        <translation>호스트의 스토리지 풀을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This host has no storage pools.</source>
        <translation>이 호스트에는 스토리지 풀이 없습니다.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1(비활성)</translation>
    </message>
    <message>
        <source>Reading the volumes of %1…</source>
        <translation>%1의 볼륨을 읽는 중…</translation>
    </message>
    <message>
        <source>The volumes of %1 could not be read: %2</source>
        <translation>%1의 볼륨을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The pool %1 holds no volumes.</source>
        <translation>풀 %1에 볼륨이 없습니다.</translation>
    </message>
</context>
<context>
    <name>VolumeTransfer</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>전송이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>XmlEditorPanel</name>
    <message>
        <source>Save</source>
        <extracomment>Button of the XML editor: define the edited XML in libvirt</extracomment>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save the definition; libvirt checks it first (%1).</source>
        <translation>정의를 저장합니다. libvirt가 먼저 검사합니다(%1).</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Button of the XML editor: throw away the edits</extracomment>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Go back to the definition as libvirt has it.</source>
        <translation>libvirt에 저장된 정의로 되돌립니다.</translation>
    </message>
    <message>
        <source>XML editor actions</source>
        <extracomment>Accessible name of the XML editor&apos;s toolbar</extracomment>
        <translation>XML 편집기 작업</translation>
    </message>
    <message>
        <source>XML definition</source>
        <extracomment>Accessible name of the XML text editor</extracomment>
        <translation>XML 정의</translation>
    </message>
    <message>
        <source>Why the definition was not saved</source>
        <translation>정의가 저장되지 않은 이유</translation>
    </message>
    <message>
        <source>Notice about the definition</source>
        <translation>정의에 관한 알림</translation>
    </message>
    <message>
        <source>The definition could not be read: %1</source>
        <translation>정의를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Definition Changed</source>
        <translation>정의가 변경됨</translation>
    </message>
    <message>
        <source>The definition changed outside the editor since it was loaded. Overwrite that change with your text, or reload the definition and lose your edits?</source>
        <translation>정의를 불러온 후 편집기 밖에서 정의가 변경되었습니다. 편집한 내용으로 해당 변경 사항을 덮어쓰시겠습니까, 아니면 정의를 다시 불러오고 편집한 내용을 버리시겠습니까?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>덮어쓰기</translation>
    </message>
    <message>
        <source>Reload</source>
        <extracomment>Button: load the XML definition again</extracomment>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <source>The definition was not saved: libvirt found a problem at line %1.
%2</source>
        <extracomment>%1 is a line number, %2 libvirt&apos;s message</extracomment>
        <translation>정의가 저장되지 않았습니다. libvirt가 %1번째 줄에서 문제를 발견했습니다.
%2</translation>
    </message>
    <message>
        <source>Go to Line %1</source>
        <extracomment>Button: put the cursor on the line an error names</extracomment>
        <translation>%1번째 줄로 이동</translation>
    </message>
    <message>
        <source>The definition was not saved.
%1</source>
        <translation>정의가 저장되지 않았습니다.
%1</translation>
    </message>
    <message>
        <source>This definition has unsaved edits from an earlier session.</source>
        <translation>이 정의에는 이전 세션에서 저장하지 않은 편집 내용이 있습니다.</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>Button: bring back unsaved edits of the XML definition</extracomment>
        <translation>복원</translation>
    </message>
    <message>
        <source>Discard</source>
        <extracomment>Button: delete unsaved edits of the XML definition</extracomment>
        <translation>버리기</translation>
    </message>
    <message>
        <source>The definition changed outside the editor. Reload it to see the change; your edits are then lost.</source>
        <translation>편집기 밖에서 정의가 변경되었습니다. 변경 사항을 보려면 다시 불러오십시오. 이 경우 편집한 내용은 손실됩니다.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>저장되지 않은 변경 사항</translation>
    </message>
    <message>
        <source>The XML definition has changes that are not saved. Save them before closing?</source>
        <translation>XML 정의에 저장되지 않은 변경 사항이 있습니다. 닫기 전에 저장하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>no virtual machine named &quot;%1&quot; on %2</source>
        <translation>%2에 &quot;%1&quot;(이)라는 이름의 가상 머신이 없습니다</translation>
    </message>
    <message>
        <source>there is no display to open a window on. Log in with &quot;ssh -X&quot; to show QVirt on your desktop, or run QVirt on your desktop with --connect qemu+ssh://user@host/system.</source>
        <translation>창을 열 디스플레이가 없습니다. &quot;ssh -X&quot;로 로그인하여 데스크톱에 QVirt를 표시하거나, 데스크톱에서 --connect qemu+ssh://user@host/system 옵션을 붙여 QVirt를 실행하십시오.</translation>
    </message>
</context>
</TS>
