<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation>虚拟机管理程序(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>传输方式(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>主机(&amp;O)：</translation>
    </message>
    <message>
        <source>host.example.com or host:port</source>
        <translation>host.example.com 或 host:port</translation>
    </message>
    <message>
        <source>Host &amp;file:</source>
        <translation>主机文件(&amp;F)：</translation>
    </message>
    <message>
        <source>empty: the built-in test host</source>
        <translation>留空：使用内置测试主机</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Enter the &amp;URI directly</source>
        <translation>直接输入 URI(&amp;U)</translation>
    </message>
    <message>
        <source>UR&amp;I:</source>
        <translation>URI(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Connect automatically when QVirt starts</source>
        <translation>QVirt 启动时自动连接(&amp;C)</translation>
    </message>
    <message>
        <source>Test Driver Host File</source>
        <translation>测试驱动主机文件</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML 文件 (*.xml)</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM 用户会话</translation>
    </message>
    <message>
        <source>Test driver</source>
        <extracomment>Hypervisor choice: libvirt&apos;s built-in test driver, a fake host for trying QVirt out</extracomment>
        <translation>测试驱动</translation>
    </message>
    <message>
        <source>Local</source>
        <extracomment>Transport choice: connect to libvirt on this machine (no network)</extracomment>
        <translation>本地</translation>
    </message>
    <message>
        <source>SSH (ssh command)</source>
        <translation>SSH（ssh 命令）</translation>
    </message>
    <message>
        <source>SSH (libssh, asks for passwords here)</source>
        <translation>SSH（libssh，在此处询问密码）</translation>
    </message>
    <message>
        <source>TLS</source>
        <extracomment>Transport choice: libvirt&apos;s TLS-encrypted TCP transport</extracomment>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TCP (unencrypted)</source>
        <translation>TCP（未加密）</translation>
    </message>
    <message>
        <source>Cannot use &quot;%1&quot;: %2</source>
        <translation>无法使用“%1”：%2</translation>
    </message>
</context>
<context>
    <name>AddHostDeviceDialog</name>
    <message>
        <source>Add Host Device</source>
        <translation>添加主机设备</translation>
    </message>
    <message>
        <source>PCI Device</source>
        <translation>PCI 设备</translation>
    </message>
    <message>
        <source>SR-IOV Network Function</source>
        <translation>SR-IOV 网络功能</translation>
    </message>
    <message>
        <source>USB Device</source>
        <translation>USB 设备</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Button: add the chosen host device to the VM</extracomment>
        <translation>添加</translation>
    </message>
    <message>
        <source>The host&apos;s devices could not be listed: %1</source>
        <translation>无法列出主机的设备：%1</translation>
    </message>
    <message>
        <source>PCI devices by IOMMU group</source>
        <translation>按 IOMMU 组列出的 PCI 设备</translation>
    </message>
    <message>
        <source>Let libvirt bind the devices to vfio-pci when the VM starts and give them back when it stops (managed)</source>
        <translation>由 libvirt 在虚拟机启动时将设备绑定到 vfio-pci，并在虚拟机停止时归还给主机驱动（managed）</translation>
    </message>
    <message>
        <source>Bind to vfio-pci Now</source>
        <translation>立即绑定到 vfio-pci</translation>
    </message>
    <message>
        <source>Give Back to Host Driver</source>
        <translation>归还给主机驱动</translation>
    </message>
    <message>
        <source>Virtual function</source>
        <extracomment>Column header: an SR-IOV virtual function (VF) of a network card</extracomment>
        <translation>虚拟功能</translation>
    </message>
    <message>
        <source>Host driver</source>
        <translation>主机驱动</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用方</translation>
    </message>
    <message>
        <source>As a network interface with its own MAC address (interface type=&apos;hostdev&apos;)</source>
        <translation>作为拥有独立 MAC 地址的网络接口（interface type=&apos;hostdev&apos;）</translation>
    </message>
    <message>
        <source>As a plain PCI device (the guest driver sets the MAC)</source>
        <translation>作为普通 PCI 设备（由客户机驱动设置 MAC）</translation>
    </message>
    <message>
        <source>Take any free function from a pool network:</source>
        <translation>从池网络中任取一个空闲的虚拟功能：</translation>
    </message>
    <message>
        <source>Create Pool Network…</source>
        <translation>创建池网络…</translation>
    </message>
    <message>
        <source>Network card:</source>
        <translation>网卡：</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC 地址：</translation>
    </message>
    <message>
        <source>USB devices</source>
        <translation>USB 设备</translation>
    </message>
    <message>
        <source>By vendor and product: follows the device to any port</source>
        <translation>按厂商和产品：无论设备插在哪个端口都能跟随</translation>
    </message>
    <message>
        <source>By bus and device number: this port only (for identical devices)</source>
        <translation>按总线号和设备号：仅限此端口（用于区分多个相同的设备）</translation>
    </message>
    <message>
        <source>Add Host Device to %1</source>
        <translation>向 %1 添加主机设备</translation>
    </message>
    <message>
        <source>This host is not ready for passthrough yet:
%1</source>
        <translation>此主机尚未准备好进行直通：
%1</translation>
    </message>
    <message>
        <source>Choose a device or an IOMMU group.</source>
        <translation>请选择一个设备或 IOMMU 组。</translation>
    </message>
    <message>
        <source>Reading the host&apos;s devices…</source>
        <translation>正在读取主机的设备…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a PCI bridge. Bridges stay with the host: they connect the other devices of group %2 and do not stop them from being passed through.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 是 PCI 桥。桥保留在主机上：它们连接 IOMMU 组 %2 中的其他设备，不会妨碍这些设备直通。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The host&apos;s IOMMU is off&lt;/b&gt;, so no device can be passed through. Turn on VT-d (Intel) or AMD-Vi in the firmware and add &lt;tt&gt;intel_iommu=on&lt;/tt&gt; or &lt;tt&gt;amd_iommu=on&lt;/tt&gt; to the kernel command line.</source>
        <translation>&lt;b&gt;主机的 IOMMU 未启用&lt;/b&gt;，因此无法直通任何设备。请在固件中开启 VT-d（Intel）或 AMD-Vi，并在内核命令行中添加 &lt;tt&gt;intel_iommu=on&lt;/tt&gt; 或 &lt;tt&gt;amd_iommu=on&lt;/tt&gt;。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3.</source>
        <extracomment>%1 is the device name, %2 its PCI address, %3 its device class (e.g. VGA compatible controller)</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2），%3。</translation>
    </message>
    <message numerus="yes">
        <source>IOMMU group %1 has %n device(s) that must go to the same VM together:</source>
        <translation>
            <numerusform>IOMMU 组 %1 中有 %n 个设备，必须一起分配给同一台虚拟机：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add all %n devices of IOMMU group %1</source>
        <extracomment>Check box; only shown when the group has two or more devices; %1 is the group number</extracomment>
        <translation>
            <numerusform>添加 IOMMU 组 %1 中的所有设备（%n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group&apos;s %n bridge(s) stay with the host and are not added.</source>
        <translation>
            <numerusform>该组中的 %n 个桥保留在主机上，不会被添加。</numerusform>
        </translation>
    </message>
    <message>
        <source>Already used by %1: only one of these VMs can run at a time.</source>
        <translation>已被 %1 使用：这些虚拟机同一时间只能运行其中一台。</translation>
    </message>
    <message>
        <source>%1 (driver %2)</source>
        <extracomment>%1 is a PCI device, %2 the host kernel driver it is bound to</extracomment>
        <translation>%1（驱动 %2）</translation>
    </message>
    <message>
        <source>Still bound to host drivers: %1. Bind them to vfio-pci now, or keep &quot;managed&quot; on so libvirt does it when the VM starts (a graphics card the host&apos;s display uses must be freed from its driver first).</source>
        <translation>仍绑定在主机驱动上：%1。请立即将其绑定到 vfio-pci，或保持勾选“managed”，由 libvirt 在虚拟机启动时完成绑定（主机显示正在使用的显卡必须先从其驱动中释放）。</translation>
    </message>
    <message>
        <source>none reported</source>
        <extracomment>Host driver column: libvirt did not name a driver for this function</extracomment>
        <translation>未报告</translation>
    </message>
    <message>
        <source>This host has no SR-IOV network card with virtual functions. A card that supports SR-IOV gets its functions with: echo 4 &gt; /sys/class/net/&lt;interface&gt;/device/sriov_numvfs</source>
        <translation>此主机没有带虚拟功能的 SR-IOV 网卡。支持 SR-IOV 的网卡可通过以下命令创建虚拟功能：echo 4 &gt; /sys/class/net/&lt;interface&gt;/device/sriov_numvfs</translation>
    </message>
    <message numerus="yes">
        <source>%n free virtual function(s). A pool network hands a free one to each guest interface when the VM starts, so VMs need no fixed addresses.</source>
        <translation>
            <numerusform>%n 个空闲的虚拟功能。池网络会在虚拟机启动时为每个客户机接口分配一个空闲的虚拟功能，因此虚拟机无需固定地址。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a USB device.</source>
        <translation>请选择一个 USB 设备。</translation>
    </message>
    <message>
        <source>The host lists no USB devices.</source>
        <translation>主机未列出任何 USB 设备。</translation>
    </message>
    <message>
        <source>Already used by %1.</source>
        <translation>已被 %1 使用。</translation>
    </message>
    <message>
        <source>%1, vendor %2 product %3, bus %4 device %5.</source>
        <translation>%1，厂商 %2，产品 %3，总线 %4，设备 %5。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Devices</source>
        <extracomment>Dialog button when two or more devices are chosen</extracomment>
        <translation>
            <numerusform>添加 %n 个设备</numerusform>
        </translation>
    </message>
    <message>
        <source>The device could not be added to %1.</source>
        <translation>无法将设备添加到 %1。</translation>
    </message>
    <message>
        <source>Nothing was changed; the choice is still here to try again.</source>
        <translation>未做任何更改；所做的选择仍保留在此处，可以重试。</translation>
    </message>
    <message>
        <source>Create Pool Network</source>
        <translation>创建池网络</translation>
    </message>
    <message numerus="yes">
        <source>A libvirt network that hands each guest interface one of the %n free virtual function(s) of %1.
Name:</source>
        <translation>
            <numerusform>一个 libvirt 网络，从 %1 的空闲虚拟功能（%n 个）中为每个客户机接口分配一个。
名称：</numerusform>
        </translation>
    </message>
    <message>
        <source>The network %1 could not be created.</source>
        <translation>无法创建网络 %1。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Status message</source>
        <extracomment>Accessible name of the message banner at the top of a window</extracomment>
        <translation>状态消息</translation>
    </message>
</context>
<context>
    <name>BlockJobs</name>
    <message>
        <source>Merging images needs the virtual machine running: QEMU does the work. Start it first.</source>
        <translation>合并映像需要虚拟机处于运行状态：合并由 QEMU 执行。请先启动虚拟机。</translation>
    </message>
    <message>
        <source>The host&apos;s disk is full. Free space there, then merge again; every image is still valid.</source>
        <translation>主机磁盘已满。请在主机上释放空间后重新合并；所有映像仍然有效。</translation>
    </message>
    <message>
        <source>The chain of disk %1 changed. Look at it again, then merge.</source>
        <translation>磁盘 %1 的链已发生变化。请重新查看后再合并。</translation>
    </message>
</context>
<context>
    <name>BootForm</name>
    <message>
        <source>CD-ROM drive %1</source>
        <translation>光驱 %1</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>磁盘 %1</translation>
    </message>
    <message>
        <source>Network interface %1</source>
        <translation>网络接口 %1</translation>
    </message>
    <message>
        <source>Boot order:</source>
        <translation>引导顺序：</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Boot menu:</source>
        <translation>引导菜单：</translation>
    </message>
    <message>
        <source>Show the boot menu when the VM starts</source>
        <translation>虚拟机启动时显示引导菜单</translation>
    </message>
    <message>
        <source>Kernel path:</source>
        <translation>内核路径：</translation>
    </message>
    <message>
        <source>Initrd path:</source>
        <translation>Initrd 路径：</translation>
    </message>
    <message>
        <source>Kernel arguments:</source>
        <translation>内核参数：</translation>
    </message>
    <message>
        <source>Device tree path:</source>
        <translation>设备树路径：</translation>
    </message>
    <message>
        <source>Direct kernel boot needs the kernel&apos;s path.</source>
        <translation>直接内核引导需要指定内核的路径。</translation>
    </message>
</context>
<context>
    <name>BridgeSteps</name>
    <message>
        <source>Debian or Ubuntu with ifupdown (/etc/network/interfaces):</source>
        <extracomment>Heading of one way to make a host bridge; keep &quot;ifupdown&quot; and the file name as they are</extracomment>
        <translation>使用 ifupdown 的 Debian 或 Ubuntu（/etc/network/interfaces）：</translation>
    </message>
    <message>
        <source>Run &quot;apt install bridge-utils&quot;, replace the lines of %1 in /etc/network/interfaces with these, then run &quot;systemctl restart networking&quot; from the console (not over SSH on %1):</source>
        <translation>运行“apt install bridge-utils”，将 /etc/network/interfaces 中 %1 的配置行替换为以下内容，然后在控制台上运行“systemctl restart networking”（不要通过 %1 上的 SSH 执行）：</translation>
    </message>
    <message>
        <source>Debian or Ubuntu with NetworkManager:</source>
        <translation>使用 NetworkManager 的 Debian 或 Ubuntu：</translation>
    </message>
    <message>
        <source>Run these as root; the host&apos;s address moves from %1 to br0 (the old connection of %1 can then be deleted with &quot;nmcli connection delete&quot;):</source>
        <translation>以 root 身份运行以下命令；主机的地址将从 %1 移到 br0（之后可以用“nmcli connection delete”删除 %1 的旧连接）：</translation>
    </message>
    <message>
        <source>CentOS, RHEL or Fedora (NetworkManager):</source>
        <translation>CentOS、RHEL 或 Fedora（NetworkManager）：</translation>
    </message>
    <message>
        <source>Run these as root; the host&apos;s address moves from %1 to br0:</source>
        <translation>以 root 身份运行以下命令；主机的地址将从 %1 移到 br0：</translation>
    </message>
    <message>
        <source>No bridge such as br0 exists on this host. To put VMs on the host&apos;s LAN, make one on the host:</source>
        <translation>此主机上没有 br0 之类的网桥。要让虚拟机接入主机所在的局域网，请在主机上创建一个网桥：</translation>
    </message>
    <message>
        <source>The host&apos;s distribution is not known here; the steps for each:</source>
        <translation>无法确定主机的发行版；各发行版的操作步骤如下：</translation>
    </message>
</context>
<context>
    <name>ClipboardAgent</name>
    <message>
        <source>This virtual machine&apos;s SPICE agent channel uses the port the clipboard channel needs. Switch its display to VNC first; that replaces the SPICE channel with QEMU&apos;s.</source>
        <translation>此虚拟机的 SPICE 代理通道占用了剪贴板通道所需的端口。请先将其图形显示切换为 VNC，这会将 SPICE 通道替换为 QEMU 自带的通道。</translation>
    </message>
</context>
<context>
    <name>ClipboardBridge</name>
    <message numerus="yes">
        <source>Copied %n character(s) from the guest.</source>
        <extracomment>Console status note; %n is a number of characters</extracomment>
        <translation>
            <numerusform>已从客户机复制 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>Full clone: copy the disks</source>
        <translation>完整克隆：复制磁盘</translation>
    </message>
    <message>
        <source>Linked clone: new overlays on the original&apos;s disk images</source>
        <translation>链接克隆：在原虚拟机的磁盘映像上新建覆盖文件</translation>
    </message>
    <message>
        <source>Clone Virtual Machine</source>
        <translation>克隆虚拟机</translation>
    </message>
    <message>
        <source>Name of the clone</source>
        <translation>克隆的名称</translation>
    </message>
    <message>
        <source>Number of clones</source>
        <translation>克隆数量</translation>
    </message>
    <message>
        <source>Disks of the clone</source>
        <translation>克隆的磁盘</translation>
    </message>
    <message>
        <source>Disk</source>
        <extracomment>Column header: a disk of the VM (its target, e.g. vda)</extracomment>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Column header: the disk image file</extracomment>
        <translation>映像</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: what the clone does with the disk (copy, share, leave out)</extracomment>
        <translation>操作</translation>
    </message>
    <message>
        <source>New image</source>
        <extracomment>Column header: the name of the clone&apos;s new image</extracomment>
        <translation>新映像</translation>
    </message>
    <message>
        <source>Progress of the clone</source>
        <translation>克隆进度</translation>
    </message>
    <message>
        <source>Clone</source>
        <extracomment>Button: make the clone(s)</extracomment>
        <translation>克隆</translation>
    </message>
    <message>
        <source>Open the Clone</source>
        <extracomment>Button: open the window of the clone just made</extracomment>
        <translation>打开克隆</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Label of the clone&apos;s name; with several clones it is a pattern where %n is the number</extracomment>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;umber of clones:</source>
        <translation>克隆数量(&amp;U)：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <extracomment>Label of the choice between a full and a linked clone</extracomment>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Reading the virtual machine&apos;s disks…</source>
        <translation>正在读取虚拟机的磁盘…</translation>
    </message>
    <message>
        <source>The virtual machine could not be read: %1</source>
        <translation>无法读取虚拟机：%1</translation>
    </message>
    <message>
        <source>Make a new virtual machine from %1: the same hardware and settings, a new UUID and new MAC addresses.</source>
        <translation>基于 %1 创建新虚拟机：硬件和设置相同，但使用新的 UUID 和新的 MAC 地址。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A disk in the clone dialog&apos;s table: target and kind of device (vda (disk), sda (cdrom))</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>无映像</translation>
    </message>
    <message>
        <source>What the clone does with the disk %1</source>
        <translation>克隆对磁盘 %1 的处理方式</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>What the clone does with a disk: a new copy of it</extracomment>
        <translation>复制</translation>
    </message>
    <message>
        <source>Share</source>
        <extracomment>What the clone does with a disk: use the same image as the original</extracomment>
        <translation>共享</translation>
    </message>
    <message>
        <source>Leave out</source>
        <extracomment>What the clone does with a disk: the clone has no such disk</extracomment>
        <translation>不包含</translation>
    </message>
    <message>
        <source>Add the Folder %1 as a Storage Pool</source>
        <translation>将文件夹 %1 添加为存储池</translation>
    </message>
    <message>
        <source>Named after each clone</source>
        <extracomment>The new image column when several clones are made: each is named after its clone</extracomment>
        <translation>按各克隆命名</translation>
    </message>
    <message>
        <source>Makes %1.</source>
        <translation>将创建 %1。</translation>
    </message>
    <message>
        <source>With several clones, %n in the name is replaced by a number: web-%n makes web-1, web-2…</source>
        <translation>创建多个克隆时，名称中的 %n 会被替换为编号：web-%n 将生成 web-1、web-2…</translation>
    </message>
    <message>
        <source>%1 also moves onto a new overlay of its own, so that its current disk images stay as they are: they become the shared base of %1 and every linked clone, and deleting or merging them would break the clones. %1 must be shut off for this.</source>
        <translation>%1 本身也会切换到一个新的覆盖文件上，使其当前磁盘映像保持不变：这些映像将成为 %1 与所有链接克隆共用的基础映像，删除或合并它们会损坏这些克隆。为此 %1 必须处于关机状态。</translation>
    </message>
    <message>
        <source>%1 is running. Shut it down to make a linked clone.</source>
        <translation>%1 正在运行。请先将其关机，再创建链接克隆。</translation>
    </message>
    <message>
        <source>%1 is running. Shut it down or pause it to make a full clone.</source>
        <translation>%1 正在运行。请先将其关机或暂停，再创建完整克隆。</translation>
    </message>
    <message>
        <source>Name the clone.</source>
        <translation>请为克隆命名。</translation>
    </message>
    <message>
        <source>A virtual machine named %1 already exists. Choose another name.</source>
        <translation>已存在名为 %1 的虚拟机。请选择其他名称。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Starting the copy…</source>
        <translation>正在开始复制…</translation>
    </message>
    <message>
        <source>Making the overlays…</source>
        <translation>正在创建覆盖文件…</translation>
    </message>
    <message>
        <source>Copying disk %1 of %2 (%3) for %4: %5 of %6.</source>
        <translation>正在为 %4 复制第 %1 个磁盘（共 %2 个，%3）：%5 / %6。</translation>
    </message>
    <message>
        <source>No clone was made.</source>
        <translation>未创建任何克隆。</translation>
    </message>
    <message>
        <source>%1 could not be cloned.</source>
        <translation>无法克隆 %1。</translation>
    </message>
    <message>
        <source>Nothing made for the clone was kept, and %1 is as it was.</source>
        <translation>为克隆创建的内容均未保留，%1 保持原样。</translation>
    </message>
    <message>
        <source>Cancelled. The images made for the clone are deleted; %1 is as it was.</source>
        <translation>已取消。为克隆创建的映像已删除；%1 保持原样。</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>已创建 %1。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The folder %1 could not be added as a storage pool.</source>
        <translation>无法将文件夹 %1 添加为存储池。</translation>
    </message>
    <message>
        <source>Add it on the host, or choose Share for its disks.</source>
        <translation>请在主机上添加，或为其磁盘选择“共享”。</translation>
    </message>
</context>
<context>
    <name>Cloning</name>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>The image %1 of disk %2 could not be copied for %3: %4</source>
        <translation>无法为 %3 复制磁盘 %2 的映像 %1：%4</translation>
    </message>
    <message>
        <source>The UEFI variables of %1 could not be copied for %2: %3</source>
        <translation>无法为 %2 复制 %1 的 UEFI 变量：%3</translation>
    </message>
    <message>
        <source>The clone %1 could not be defined: %2</source>
        <translation>无法定义克隆 %1：%2</translation>
    </message>
    <message>
        <source>The disk %1 is on the network; a clone can only share it or go without it.</source>
        <translation>磁盘 %1 位于网络上；克隆只能共享该磁盘或不包含该磁盘。</translation>
    </message>
    <message>
        <source>The disk %1 has no image to copy.</source>
        <translation>磁盘 %1 没有可复制的映像。</translation>
    </message>
    <message>
        <source>%1 is not in a storage pool of the host, so it cannot be copied from here. Add its folder %2 as a storage pool, then clone again.</source>
        <translation>%1 不在主机的任何存储池中，因此无法从此处复制。请将其所在文件夹 %2 添加为存储池，然后重新克隆。</translation>
    </message>
    <message>
        <source>%1 is running. Shut it down first: a linked clone moves %1 onto a new overlay of its own, which it can only do while %1 is off.</source>
        <translation>%1 正在运行。请先将其关机：链接克隆会将 %1 切换到一个新的覆盖文件上，这只能在 %1 关机时进行。</translation>
    </message>
    <message>
        <source>%1 is running. Shut it down or pause it first: the disks of a running virtual machine change while they are copied.</source>
        <translation>%1 正在运行。请先将其关机或暂停：正在运行的虚拟机的磁盘在复制过程中会发生变化。</translation>
    </message>
    <message>
        <source>Name the clone.</source>
        <translation>请为克隆命名。</translation>
    </message>
    <message>
        <source>The name %1 is given to two clones. Give each its own name.</source>
        <translation>名称 %1 被用于两个克隆。请为每个克隆指定不同的名称。</translation>
    </message>
    <message>
        <source>A virtual machine named %1 already exists. Choose another name.</source>
        <translation>已存在名为 %1 的虚拟机。请选择其他名称。</translation>
    </message>
    <message>
        <source>%1 is paused, and libvirt cannot copy the image %2 while QEMU holds it open on a remote host. Shut %1 down, then clone it.</source>
        <translation>%1 已暂停，而 QEMU 在远程主机上打开着映像 %2，此时 libvirt 无法复制它。请先将 %1 关机，再进行克隆。</translation>
    </message>
    <message>
        <source>No overlay could be made for %1 on %2: %3</source>
        <translation>无法在 %2 上为 %1 创建覆盖文件：%3</translation>
    </message>
    <message>
        <source>%1 could not be moved onto its new overlay, so no linked clone was made: %2</source>
        <translation>无法将 %1 切换到其新覆盖文件上，因此未创建链接克隆：%2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manage KVM/QEMU virtual machines through libvirt.</source>
        <translation>通过 libvirt 管理 KVM/QEMU 虚拟机。</translation>
    </message>
    <message>
        <source>Connect to the libvirt URI (for example qemu:///system).</source>
        <translation>连接到 libvirt URI（例如 qemu:///system）。</translation>
    </message>
    <message>
        <source>URI</source>
        <extracomment>Value placeholder in --help output (qvirt --connect URI); written in capitals in Latin scripts</extracomment>
        <translation>URI</translation>
    </message>
    <message>
        <source>Show the console of the virtual machine.</source>
        <translation>显示虚拟机的控制台。</translation>
    </message>
    <message>
        <source>NAME</source>
        <extracomment>Value placeholder in --help output: the name of a virtual machine</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Show the hardware of the virtual machine.</source>
        <translation>显示虚拟机的硬件。</translation>
    </message>
    <message>
        <source>Show the snapshots of the virtual machine.</source>
        <translation>显示虚拟机的快照。</translation>
    </message>
    <message>
        <source>Show the overview of the virtual machine.</source>
        <translation>显示虚拟机的概况。</translation>
    </message>
    <message>
        <source>Show the host summary of the connection.</source>
        <translation>显示该连接的主机摘要。</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (for example zh_CN).</source>
        <translation>使用此语言而非系统语言（例如 zh_CN）。</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <extracomment>Value placeholder in --help output: a locale name such as zh_CN</extracomment>
        <translation>区域设置</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>Cannot use the URI &quot;%1&quot;: %2</source>
        <translation>无法使用 URI“%1”：%2</translation>
    </message>
    <message>
        <source>Give only one of the --show-… options.</source>
        <translation>只能指定一个 --show-… 选项。</translation>
    </message>
    <message>
        <source>Show the host&apos;s devices: IOMMU groups and passthrough readiness.</source>
        <translation>显示主机的设备：IOMMU 组及直通就绪情况。</translation>
    </message>
    <message>
        <source>Show the performance graphs of the virtual machine.</source>
        <translation>显示虚拟机的性能图表。</translation>
    </message>
    <message>
        <source>Show the XML definition of the virtual machine in its editor.</source>
        <translation>在编辑器中显示虚拟机的 XML 定义。</translation>
    </message>
    <message>
        <source>Show the host&apos;s storage pools and volumes.</source>
        <translation>显示主机的存储池和卷。</translation>
    </message>
    <message>
        <source>Show the host&apos;s virtual networks.</source>
        <translation>显示主机的虚拟网络。</translation>
    </message>
    <message>
        <source>Show the host&apos;s network interfaces and bridges.</source>
        <translation>显示主机的网络接口和网桥。</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Not connected</source>
        <extracomment>Connection state shown next to a host in the connection list</extracomment>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>Connection state: the connection is being opened</extracomment>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Connection state: the connection is open</extracomment>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Disconnected, retrying…</source>
        <extracomment>Connection state: the connection was lost and QVirt is reconnecting</extracomment>
        <translation>连接已断开，正在重试…</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <extracomment>Connection state: the connection could not be opened</extracomment>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>This virtual machine is already moving.</source>
        <translation>此虚拟机正在迁移中。</translation>
    </message>
    <message>
        <source>The destination connection is not open. Connect to the destination host first.</source>
        <translation>目标连接未打开。请先连接到目标主机。</translation>
    </message>
    <message>
        <source>The destination connection was closed.</source>
        <translation>目标连接已关闭。</translation>
    </message>
</context>
<context>
    <name>ConnectionUri</name>
    <message>
        <source>The URI is empty.</source>
        <translation>URI 为空。</translation>
    </message>
    <message>
        <source>The URI contains a space.</source>
        <translation>URI 中包含空格。</translation>
    </message>
    <message>
        <source>The URI has no &quot;driver://&quot; prefix, as in qemu:///system.</source>
        <translation>URI 缺少“driver://”前缀（如 qemu:///system）。</translation>
    </message>
    <message>
        <source>The URI is malformed: %1</source>
        <translation>URI 格式错误：%1</translation>
    </message>
    <message>
        <source>The driver name &quot;%1&quot; has characters libvirt does not accept.</source>
        <translation>驱动名称“%1”包含 libvirt 不接受的字符。</translation>
    </message>
    <message>
        <source>A remote transport (%1) needs a host name.</source>
        <translation>远程传输方式（%1）需要主机名。</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM 用户会话</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <extracomment>Hypervisor kind in a connection&apos;s display name, e.g. &quot;QEMU/KVM on host1&quot;</extracomment>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>Hypervisor kind: libvirt&apos;s built-in test driver (a fake host), as in &quot;Test on localhost&quot;</extracomment>
        <translation>测试</translation>
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
        <translation>测试：%1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Connection display name: %1 is the hypervisor kind (QEMU/KVM, Test, ...), %2 the host name or &quot;localhost&quot;</extracomment>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>ConnectionWorker</name>
    <message>
        <source>The host closed the connection.</source>
        <translation>主机关闭了连接。</translation>
    </message>
    <message>
        <source>The host stopped answering (keepalive timed out).</source>
        <translation>主机已停止响应（keepalive 超时）。</translation>
    </message>
    <message>
        <source>The connection failed with an I/O error.</source>
        <translation>连接因 I/O 错误而失败。</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>The connection could not be opened.</source>
        <translation>无法打开连接。</translation>
    </message>
    <message>
        <source>The connection to the host was lost.</source>
        <translation>与主机的连接已丢失。</translation>
    </message>
</context>
<context>
    <name>ConsoleEndpoints</name>
    <message>
        <source>The virtual machine is not running.</source>
        <translation>虚拟机未在运行。</translation>
    </message>
    <message>
        <source>This virtual machine has only a SPICE display; QVirt&apos;s console speaks VNC. Add a VNC display or use remote-viewer.</source>
        <translation>此虚拟机只有 SPICE 图形显示，而 QVirt 的控制台使用 VNC。请添加 VNC 图形显示，或使用 remote-viewer。</translation>
    </message>
    <message>
        <source>This virtual machine has no graphical display.</source>
        <translation>此虚拟机没有图形显示。</translation>
    </message>
    <message>
        <source>The VNC display has no TCP port and libvirt could not hand over its socket.</source>
        <translation>该 VNC 图形显示没有 TCP 端口，且 libvirt 无法移交其套接字。</translation>
    </message>
    <message>
        <source>The SSH tunnel to the display could not start: %1</source>
        <translation>无法启动通往图形显示的 SSH 隧道：%1</translation>
    </message>
    <message>
        <source>The VNC display listens only on the remote host&apos;s loopback address and this connection does not use SSH. Connect with qemu+ssh:// or make the display listen on a reachable address.</source>
        <translation>该 VNC 图形显示仅在远程主机的回环地址上监听，而此连接未使用 SSH。请使用 qemu+ssh:// 连接，或让该图形显示在可访问的地址上监听。</translation>
    </message>
    <message>
        <source>This virtual machine has no SPICE display.</source>
        <translation>此虚拟机没有 SPICE 图形显示。</translation>
    </message>
    <message>
        <source>The SPICE display listens on no TCP port (only on a local socket or not at all), so Remote Viewer cannot reach it.</source>
        <translation>该 SPICE 图形显示未在任何 TCP 端口上监听（仅在本地套接字上监听，或根本不监听），因此 Remote Viewer 无法访问它。</translation>
    </message>
    <message>
        <source>The SPICE display accepts only TLS connections, which QVirt cannot pass through SSH.</source>
        <translation>该 SPICE 图形显示只接受 TLS 连接，而 QVirt 无法通过 SSH 转发此类连接。</translation>
    </message>
    <message>
        <source>The SPICE display listens only on the remote host&apos;s loopback address and this connection does not use SSH. Connect with qemu+ssh:// or make the display listen on a reachable address.</source>
        <translation>该 SPICE 图形显示仅在远程主机的回环地址上监听，而此连接未使用 SSH。请使用 qemu+ssh:// 连接，或让该图形显示在可访问的地址上监听。</translation>
    </message>
    <message>
        <source>The SPICE display accepts only TLS connections, and QVirt cannot read the host&apos;s SPICE certificate authority to give Remote Viewer.</source>
        <translation>该 SPICE 图形显示只接受 TLS 连接，而 QVirt 无法读取主机的 SPICE 证书颁发机构（CA）证书以提供给 Remote Viewer。</translation>
    </message>
</context>
<context>
    <name>ConsolePanel</name>
    <message>
        <source>Fit to window</source>
        <extracomment>Console scaling mode: scale the guest&apos;s screen to the window</extracomment>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation>实际大小（1:1）</translation>
    </message>
    <message>
        <source>Resize guest to window</source>
        <translation>调整客户机分辨率以适应窗口</translation>
    </message>
    <message>
        <source>Scaling</source>
        <extracomment>Accessible name of the console&apos;s scaling mode menu</extracomment>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Encoding</source>
        <extracomment>Accessible name of the VNC encoding menu (Automatic, Raw, ZRLE, Tight)</extracomment>
        <translation>编码</translation>
    </message>
    <message>
        <source>Automatic uses raw pixels on local links (no lag, no decoding) and Tight on remote ones.</source>
        <translation>“自动”在本地连接上使用 Raw 原始像素（无延迟、无需解码），在远程连接上使用 Tight。</translation>
    </message>
    <message>
        <source>Send Key</source>
        <extracomment>Console toolbar button: menu of key combinations sent to the guest</extracomment>
        <translation>发送按键</translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <extracomment>Console toolbar button: save the guest&apos;s screen as an image</extracomment>
        <translation>截图…</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <extracomment>Console toolbar button: show the console full screen</extracomment>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Detach</source>
        <extracomment>Console toolbar button: move the console into a window of its own (not about devices)</extracomment>
        <translation>分离</translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>Console toolbar button: connect to the VM&apos;s display with the password entered</extracomment>
        <translation>连接</translation>
    </message>
    <message>
        <source>VNC password</source>
        <translation>VNC 密码</translation>
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
        <translation>虚拟机未在运行。请启动虚拟机以查看其画面。</translation>
    </message>
    <message>
        <source>Connecting to the display…</source>
        <translation>正在连接图形显示…</translation>
    </message>
    <message>
        <source>The console cannot open: %1</source>
        <translation>无法打开控制台：%1</translation>
    </message>
    <message>
        <source>The VNC server refused the password. Enter the display&apos;s password.</source>
        <translation>VNC 服务器拒绝了该密码。请输入该图形显示的密码。</translation>
    </message>
    <message>
        <source>The display closed (%1). Reconnecting…</source>
        <translation>图形显示已关闭（%1）。正在重新连接…</translation>
    </message>
    <message>
        <source>The console could not connect: %1</source>
        <translation>控制台无法连接：%1</translation>
    </message>
    <message>
        <source>Connected · %1 · %2×%3 · %4 updates/s · %5 kB/s</source>
        <translation>已连接 · %1 · %2×%3 · %4 次更新/秒 · %5 kB/s</translation>
    </message>
    <message>
        <source>Keyboard grabbed: press Ctrl+Alt to release</source>
        <translation>键盘已被捕获：按 Ctrl+Alt 释放</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>Console status line: connecting to the VM&apos;s display</extracomment>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <extracomment>Console status line: not connected to the VM&apos;s display</extracomment>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <extracomment>Title of the error box when a screenshot could not be saved</extracomment>
        <translation>截图</translation>
    </message>
    <message>
        <source>The screenshot could not be saved to %1.</source>
        <translation>无法将截图保存到 %1。</translation>
    </message>
    <message>
        <source>The folder may not exist or not be writable.</source>
        <translation>该文件夹可能不存在或不可写。</translation>
    </message>
    <message>
        <source>Choose another place.</source>
        <translation>请选择其他位置。</translation>
    </message>
    <message>
        <source>Leave Fullscreen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <source>JPEG quality </source>
        <extracomment>Prefix of a spin box showing a number 0-9; keep the trailing space if your language separates words</extracomment>
        <translation>JPEG 质量 </translation>
    </message>
    <message>
        <source>JPEG quality for Tight (0 smallest, 9 best)</source>
        <translation>Tight 编码的 JPEG 质量（0 最小，9 最佳）</translation>
    </message>
    <message>
        <source>The guest keeps its screen size: %1</source>
        <translation>客户机保持原有屏幕尺寸：%1</translation>
    </message>
    <message>
        <source>The guest was asked to take the window&apos;s size; it does once its display driver or agent follows.</source>
        <translation>已请求客户机采用窗口大小；客户机的显示驱动或代理响应后即会调整。</translation>
    </message>
    <message>
        <source>QVirt is shown through X forwarding, so every change of the console crosses the network as pixels. Run QVirt on your desktop with --connect qemu+ssh://user@host/system instead: the console then costs about 1/200 of this bandwidth.</source>
        <translation>QVirt 正通过 X 转发显示，控制台的每一处变化都以像素形式经网络传输。请改为在您的桌面上运行 QVirt 并使用 --connect qemu+ssh://user@host/system：控制台所需带宽约为现在的 1/200。</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>隐藏此提示</translation>
    </message>
    <message>
        <source>Use Tight Encoding</source>
        <translation>使用 Tight 编码</translation>
    </message>
    <message>
        <source>Keep</source>
        <extracomment>Button of the slow-link note: keep the current VNC encoding</extracomment>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>Keep the current encoding and hide this note</source>
        <translation>保留当前编码并隐藏此提示</translation>
    </message>
    <message>
        <source>This display&apos;s link carries raw pixels at only %1 MB/s, so the screen lags behind the guest. Tight encoding sends about a tenth of the data.</source>
        <translation>此图形显示的连接传输原始像素的速率仅为 %1 MB/s，因此画面会滞后于客户机。Tight 编码只需发送约十分之一的数据。</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <extracomment>Console toolbar button (on/off): share the clipboard with the VM</extracomment>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>Share the clipboard with this virtual machine</source>
        <translation>与此虚拟机共享剪贴板</translation>
    </message>
    <message>
        <source>Clipboard sharing is off. It is off by default for virtual machines on other hosts; turn it on to copy and paste between this virtual machine and your desktop.</source>
        <translation>剪贴板共享已关闭。对于其他主机上的虚拟机，剪贴板共享默认关闭；将其打开即可在此虚拟机与您的桌面之间复制和粘贴。</translation>
    </message>
    <message>
        <source>Clipboard sharing is off for this virtual machine: nothing you copy reaches it, and nothing it copies reaches your desktop.</source>
        <translation>此虚拟机的剪贴板共享已关闭：您复制的内容不会传到虚拟机，虚拟机中复制的内容也不会传到您的桌面。</translation>
    </message>
    <message>
        <source>Clipboard sharing is on, but this virtual machine has no clipboard channel (qemu-vdagent), so the guest receives nothing. Add one from this button&apos;s menu; it works after the virtual machine&apos;s next start, with spice-vdagent running in the guest.</source>
        <translation>剪贴板共享已打开，但此虚拟机没有剪贴板通道（qemu-vdagent），因此客户机收不到任何内容。请通过此按钮的菜单添加剪贴板通道；它在虚拟机下次启动后生效，且客户机中需要运行 spice-vdagent。</translation>
    </message>
    <message>
        <source>Copy and paste between this virtual machine and your desktop. Text you copy on the desktop reaches the guest when you come back to this console, not before.</source>
        <translation>在此虚拟机与您的桌面之间复制和粘贴。您在桌面上复制的文本要等您回到此控制台时才会传给客户机。</translation>
    </message>
    <message>
        <source>Add a Clipboard Channel to This Virtual Machine</source>
        <translation>为此虚拟机添加剪贴板通道</translation>
    </message>
    <message>
        <source>Clipboard Channel</source>
        <extracomment>Title of the error box when the clipboard channel could not be added</extracomment>
        <translation>剪贴板通道</translation>
    </message>
    <message>
        <source>The clipboard channel could not be added.</source>
        <translation>无法添加剪贴板通道。</translation>
    </message>
    <message>
        <source>The definition was not changed. Check the message, then try again.</source>
        <translation>定义未被更改。请查看错误信息，然后重试。</translation>
    </message>
    <message>
        <source>The clipboard channel was added to the definition. It works after the virtual machine is shut down and started again (a reboot inside the guest is not enough), with spice-vdagent running in the guest.</source>
        <translation>剪贴板通道已添加到定义中。需要将虚拟机关机并重新启动后才会生效（仅在客户机内部重启是不够的），且客户机中需要运行 spice-vdagent。</translation>
    </message>
    <message>
        <source>The connection to the host is not open. The console connects by itself once it is.</source>
        <translation>与主机的连接尚未打开。连接打开后，控制台会自动连接。</translation>
    </message>
</context>
<context>
    <name>ConsoleTyping</name>
    <message>
        <source>Type Clipboard Text</source>
        <extracomment>Console send-key menu: type the text of the clipboard into the VM as key presses
----------
Title of a message about typing text into the VM</extracomment>
        <translation>键入剪贴板文本</translation>
    </message>
    <message>
        <source>Type Text…</source>
        <extracomment>Console send-key menu: open a dialog to enter text that is typed into the VM</extracomment>
        <translation>键入文本…</translation>
    </message>
    <message>
        <source>Guest Keyboard Layout</source>
        <extracomment>Console send-key menu: submenu choosing the keyboard layout the VM&apos;s system uses</extracomment>
        <translation>客户机键盘布局</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button that stops typing text into the VM</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop typing into the guest</source>
        <translation>停止向客户机键入</translation>
    </message>
    <message>
        <source>Typing progress</source>
        <translation>键入进度</translation>
    </message>
    <message numerus="yes">
        <source>Typing %n character(s) into the guest…</source>
        <translation>
            <numerusform>正在向客户机键入 %n 个字符…</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to type.</source>
        <translation>剪贴板中没有可键入的文本。</translation>
    </message>
    <message>
        <source>Type Text</source>
        <extracomment>Title of a message about typing text into the VM
----------
Title of the question before typing text into the VM</extracomment>
        <translation>键入文本</translation>
    </message>
    <message>
        <source>None of this text can be typed with the %1 keyboard layout: %2</source>
        <translation>此文本中没有任何字符能用 %1 键盘布局键入：%2</translation>
    </message>
    <message numerus="yes">
        <source>QVirt is about to type %n character(s) into the guest.</source>
        <translation>
            <numerusform>QVirt 即将向客户机键入 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes about %n second(s).</source>
        <translation>
            <numerusform>大约需要 %n 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes about %n minute(s).</source>
        <translation>
            <numerusform>大约需要 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each line ends with Enter: a shell or an installer acts on every line as soon as it is typed.</source>
        <translation>每行末尾都会按下 Enter：shell 或安装程序会在每一行键入完毕后立即执行该行。</translation>
    </message>
    <message>
        <source>The %1 keyboard layout cannot type these characters, so they are left out: %2</source>
        <translation>%1 键盘布局无法键入以下字符，因此将略过它们：%2</translation>
    </message>
    <message>
        <source>The VM&apos;s display translates keys with QEMU&apos;s &quot;%1&quot; keymap, which does not match the %2 layout chosen here, so some characters may come out wrong. Choose the layout of that keymap, or remove the keymap from the VM&apos;s display.</source>
        <translation>虚拟机的图形显示使用 QEMU 的“%1”键盘映射转换按键，它与此处所选的 %2 布局不一致，因此部分字符可能会输入错误。请选择与该键盘映射对应的布局，或从虚拟机的图形显示中移除该键盘映射。</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Button that starts typing the text into the VM</extracomment>
        <translation>键入</translation>
    </message>
    <message>
        <source>The console is no longer connected to the VM&apos;s display, so nothing was typed.</source>
        <translation>控制台已不再连接到虚拟机的图形显示，因此未键入任何内容。</translation>
    </message>
</context>
<context>
    <name>CpuForm</name>
    <message>
        <source>Maximum virtual CPUs:</source>
        <translation>最大虚拟 CPU 数：</translation>
    </message>
    <message>
        <source>Virtual CPUs now:</source>
        <translation>当前虚拟 CPU 数：</translation>
    </message>
    <message numerus="yes">
        <source>The host has %n logical CPU(s).</source>
        <translation>
            <numerusform>主机有 %n 个逻辑 CPU。</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU model:</source>
        <translation>CPU 型号：</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>虚拟机管理程序默认值</translation>
    </message>
    <message>
        <source>Copy the host CPU (host-model)</source>
        <translation>复制主机 CPU（host-model）</translation>
    </message>
    <message>
        <source>Pass the host CPU through (host-passthrough)</source>
        <translation>直通主机 CPU（host-passthrough）</translation>
    </message>
    <message>
        <source>Named model</source>
        <translation>指定型号</translation>
    </message>
    <message>
        <source>Model name:</source>
        <translation>型号名称：</translation>
    </message>
    <message>
        <source>Copy the host CPU model</source>
        <translation>复制主机 CPU 型号</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>拓扑：</translation>
    </message>
    <message>
        <source>Set sockets, cores and threads by hand</source>
        <translation>手动设置插槽数、核心数和线程数</translation>
    </message>
    <message>
        <source>Sockets:</source>
        <translation>插槽数：</translation>
    </message>
    <message>
        <source>Cores per socket:</source>
        <translation>每插槽核心数：</translation>
    </message>
    <message>
        <source>Threads per core:</source>
        <translation>每核心线程数：</translation>
    </message>
    <message>
        <source>Enter the name of a CPU model, or choose another CPU model setting.</source>
        <translation>请输入 CPU 型号名称，或选择其他 CPU 型号设置。</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password or passphrase:</source>
        <translation>密码或密码短语：</translation>
    </message>
    <message>
        <source>Realm:</source>
        <extracomment>Authentication realm (SASL/Kerberos) a host asks for</extracomment>
        <translation>认证域：</translation>
    </message>
    <message>
        <source>Authentication Required</source>
        <translation>需要认证</translation>
    </message>
    <message>
        <source>%1 asks for credentials.</source>
        <translation>%1 要求提供凭据。</translation>
    </message>
</context>
<context>
    <name>CustomizeDialog</name>
    <message>
        <source>Customize the new VM</source>
        <translation>自定义新虚拟机</translation>
    </message>
    <message>
        <source>The VM is not created yet. Change its hardware here, apply each change, then begin the installation.</source>
        <translation>虚拟机尚未创建。请在此处修改其硬件并逐项应用更改，然后开始安装。</translation>
    </message>
    <message>
        <source>&amp;Begin Installation</source>
        <translation>开始安装(&amp;B)</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Also delete the selected disk images</source>
        <translation>同时删除所选的磁盘映像</translation>
    </message>
    <message>
        <source>Delete Virtual Machines</source>
        <translation>删除虚拟机</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? Its definition, managed save, snapshot metadata and UEFI variables are removed.</source>
        <translation>
            <numerusform>要删除 %1 吗？其定义、托管保存、快照元数据和 UEFI 变量都将被移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Running now, will be forced off first: %1</source>
        <translation>正在运行，将先强制关机：%1</translation>
    </message>
    <message>
        <source>Disk images</source>
        <translation>磁盘映像</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Column header: path of a disk image file</extracomment>
        <translation>映像</translation>
    </message>
    <message>
        <source>Format</source>
        <extracomment>Column header: disk image format (qcow2, raw ...), not the verb</extracomment>
        <translation>格式</translation>
    </message>
    <message>
        <source>Used by other virtual machines</source>
        <translation>被其他虚拟机使用</translation>
    </message>
    <message>
        <source>Looking up the disk images and their backing chains…</source>
        <translation>正在查找磁盘映像及其后备链…</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button: delete the virtual machines (and the ticked disk images)</extracomment>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 (CD/DVD)</source>
        <translation>%1（CD/DVD）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a disk&apos;s target name (vda), %2 its device type (disk, floppy ...)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (backing file)</source>
        <translation>%1（后备文件）</translation>
    </message>
    <message>
        <source>Deleting this image breaks the virtual machines that use it.</source>
        <translation>删除此映像会导致使用它的虚拟机无法运行。</translation>
    </message>
    <message>
        <source>%1: the disk images could not be listed: %2</source>
        <translation>%1：无法列出磁盘映像：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n disk image(s) found. Nothing is deleted unless you tick the box above.</source>
        <translation>
            <numerusform>找到 %n 个磁盘映像。除非勾选上方的复选框，否则不会删除任何映像。</numerusform>
        </translation>
    </message>
    <message>
        <source>No disk images found.</source>
        <translation>未找到磁盘映像。</translation>
    </message>
</context>
<context>
    <name>DiskForm</name>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Storage type:</source>
        <translation>存储类型：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>介质：</translation>
    </message>
    <message>
        <source>No media; enter the path of an ISO image to insert it.</source>
        <translation>无介质；输入 ISO 映像的路径即可插入。</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>弹出</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Eject and Insert change the running VM&apos;s drive and its definition at once.</source>
        <translation>“弹出”和“插入”会同时更改运行中虚拟机的光驱及其定义。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>源：</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>总线：</translation>
    </message>
    <message>
        <source>Cache mode:</source>
        <translation>缓存模式：</translation>
    </message>
    <message>
        <source>Discard:</source>
        <translation>丢弃（discard）：</translation>
    </message>
    <message>
        <source>Read-only:</source>
        <translation>只读：</translation>
    </message>
    <message>
        <source>Change the settings of the disk %1.</source>
        <translation>更改磁盘 %1 的设置。</translation>
    </message>
</context>
<context>
    <name>DisplayBackupStore</name>
    <message>
        <source>The folder %1 for the copy of the definition cannot be made: %2</source>
        <translation>无法创建用于存放定义副本的文件夹 %1：%2</translation>
    </message>
    <message>
        <source>The copy of the definition cannot be written to %1: %2</source>
        <translation>无法将定义副本写入 %1：%2</translation>
    </message>
    <message>
        <source>The copy of the definition %1 cannot be removed: %2</source>
        <translation>无法删除定义副本 %1：%2</translation>
    </message>
</context>
<context>
    <name>DisplaySwitchDialog</name>
    <message>
        <source>The SPICE display becomes a VNC display on the host&apos;s loopback address (127.0.0.1), on a port chosen when the virtual machine starts.</source>
        <translation>SPICE 图形显示将改为在主机回环地址（127.0.0.1）上监听的 VNC 图形显示，端口在虚拟机启动时选定。</translation>
    </message>
    <message>
        <source>Its password stays.</source>
        <translation>其密码保持不变。</translation>
    </message>
    <message>
        <source>Its keyboard layout (%1) stays.</source>
        <translation>其键盘布局（%1）保持不变。</translation>
    </message>
    <message>
        <source>The SPICE display is removed; the VNC display the virtual machine already has stays as it is.</source>
        <translation>SPICE 图形显示将被移除；虚拟机已有的 VNC 图形显示保持不变。</translation>
    </message>
    <message>
        <source>SPICE&apos;s OpenGL rendering moves to a headless OpenGL display (egl-headless), so 3D acceleration keeps working.</source>
        <translation>SPICE 的 OpenGL 渲染将转到无头 OpenGL 图形显示（egl-headless），因此 3D 加速仍可正常工作。</translation>
    </message>
    <message>
        <source>SPICE&apos;s OpenGL rendering moves to a headless OpenGL display (egl-headless) on %1, so 3D acceleration keeps working.</source>
        <translation>SPICE 的 OpenGL 渲染将转到 %1 上的无头 OpenGL 图形显示（egl-headless），因此 3D 加速仍可正常工作。</translation>
    </message>
    <message>
        <source>The QXL video device becomes VGA, which every x86 guest drives without extra drivers.</source>
        <translation>QXL 显卡设备将改为 VGA，所有 x86 客户机无需额外驱动即可使用。</translation>
    </message>
    <message>
        <source>The additional QXL video device becomes a virtio video device.</source>
        <translation>附加的 QXL 显卡设备将改为 virtio 显卡设备。</translation>
    </message>
    <message>
        <source>The SPICE agent channel becomes QEMU&apos;s own agent channel (qemu-vdagent), so the guest&apos;s spice-vdagent keeps sharing the clipboard with the console.</source>
        <translation>SPICE 代理通道将改为 QEMU 自带的代理通道（qemu-vdagent），因此客户机中的 spice-vdagent 仍可与控制台共享剪贴板。</translation>
    </message>
    <message>
        <source>The SPICE channel %1 is removed.</source>
        <translation>SPICE 通道 %1 将被移除。</translation>
    </message>
    <message numerus="yes">
        <source>%n USB redirection device(s) that work only through SPICE are removed.</source>
        <translation>
            <numerusform>仅能通过 SPICE 工作的 %n 个 USB 重定向设备将被移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>The smartcard passed through SPICE is removed.</source>
        <translation>通过 SPICE 传递的智能卡将被移除。</translation>
    </message>
    <message>
        <source>Sound that went to the SPICE client goes nowhere (audio type &quot;none&quot;); the guest keeps its sound card.</source>
        <translation>原先发送到 SPICE 客户端的声音将不再输出（音频类型“none”）；客户机保留其声卡。</translation>
    </message>
    <message>
        <source>The serial port that goes through SPICE is removed.</source>
        <translation>经由 SPICE 的串口将被移除。</translation>
    </message>
    <message>
        <source>The text console that goes through SPICE is removed.</source>
        <translation>经由 SPICE 的文本控制台将被移除。</translation>
    </message>
    <message>
        <source>The parallel port that goes through SPICE is removed.</source>
        <translation>经由 SPICE 的并口将被移除。</translation>
    </message>
    <message>
        <source>The channel that goes through a SPICE port is removed.</source>
        <translation>经由 SPICE 端口的通道将被移除。</translation>
    </message>
    <message>
        <source>Switch Display to VNC</source>
        <extracomment>Window title of the dialog that switches a VM&apos;s display from SPICE to VNC</extracomment>
        <translation>将图形显示切换为 VNC</translation>
    </message>
    <message>
        <source>Switching the display of &quot;%1&quot; to VNC makes these changes to its definition; nothing else changes:</source>
        <translation>将“%1”的图形显示切换为 VNC 会对其定义做出以下更改，除此之外不作任何更改：</translation>
    </message>
    <message>
        <source>Changes to the definition</source>
        <translation>对定义的更改</translation>
    </message>
    <message>
        <source>The change takes effect the next time the virtual machine starts.</source>
        <translation>此更改将在虚拟机下次启动时生效。</translation>
    </message>
    <message>
        <source>QVirt keeps the current definition, so &quot;Go Back to SPICE&quot; in the console&apos;s toolbar can restore it exactly.</source>
        <translation>QVirt 会保留当前定义，因此可通过控制台工具栏中的“改回 SPICE”将其原样恢复。</translation>
    </message>
    <message>
        <source>Switch to VNC</source>
        <extracomment>Button that confirms switching the VM&apos;s display from SPICE to VNC</extracomment>
        <translation>切换为 VNC</translation>
    </message>
</context>
<context>
    <name>DomainCreation</name>
    <message>
        <source>The disk %1 could not be created in the storage pool %2: %3</source>
        <translation>无法在存储池 %2 中创建磁盘 %1：%3</translation>
    </message>
    <message>
        <source>The installer&apos;s kernel or initrd could not be copied into the storage pool %1: %2 Nothing was created.</source>
        <translation>无法将安装程序的内核或 initrd 复制到存储池 %1：%2 未创建任何内容。</translation>
    </message>
    <message>
        <source>The installer&apos;s kernel or initrd could not be copied into the storage pool %1: %2 These volumes could not be removed again: %3</source>
        <translation>无法将安装程序的内核或 initrd 复制到存储池 %1：%2 以下卷无法再次删除：%3</translation>
    </message>
    <message>
        <source>libvirt refused the new VM&apos;s definition: %1 Nothing was created.</source>
        <translation>libvirt 拒绝了新虚拟机的定义：%1 未创建任何内容。</translation>
    </message>
    <message>
        <source>libvirt refused the new VM&apos;s definition: %1 These volumes QVirt made for it could not be removed again: %2</source>
        <translation>libvirt 拒绝了新虚拟机的定义：%1 QVirt 为其创建的以下卷无法再次删除：%2</translation>
    </message>
</context>
<context>
    <name>DomainDefinitions</name>
    <message>
        <source>The definition names the UUID %1, but this virtual machine&apos;s UUID is %2. Saving it would define a second virtual machine; put back the UUID %2.</source>
        <translation>定义中的 UUID 是 %1，但此虚拟机的 UUID 是 %2。保存它将会定义另一台虚拟机；请改回 UUID %2。</translation>
    </message>
    <message>
        <source>The definition names the virtual machine &quot;%1&quot;, but it is called &quot;%2&quot;. libvirt does not rename a virtual machine through its definition: put back the name &quot;%2&quot; and rename it from the list of virtual machines.</source>
        <translation>定义中的虚拟机名称是“%1”，但它实际名为“%2”。libvirt 不能通过定义重命名虚拟机：请改回名称“%2”，然后在虚拟机列表中重命名。</translation>
    </message>
</context>
<context>
    <name>DomainDevices</name>
    <message>
        <source>This setting cannot change while the VM runs.</source>
        <translation>虚拟机运行时无法更改此设置。</translation>
    </message>
    <message>
        <source>libvirt refused to change the running VM.</source>
        <translation>libvirt 拒绝更改正在运行的虚拟机。</translation>
    </message>
    <message>
        <source>the removal was requested and is waiting for the guest</source>
        <translation>已请求移除，正在等待客户机响应</translation>
    </message>
</context>
<context>
    <name>DomainLifecycle</name>
    <message>
        <source>The disk image %1 has a file name that is not valid UTF-8, and QEMU cannot open such a file. Rename it and point its overlay at the new name (qemu-img rebase -u), or merge it out of the chain while the virtual machine is off.</source>
        <translation>磁盘映像 %1 的文件名不是有效的 UTF-8，QEMU 无法打开这样的文件。请将其重命名，并让其覆盖文件指向新名称（qemu-img rebase -u），或在虚拟机关机时将其从链中合并掉。</translation>
    </message>
</context>
<context>
    <name>DomainListModel</name>
    <message>
        <source>Unknown</source>
        <comment>domain state</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>domain state</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Idle</source>
        <comment>domain state (blocked on I/O)</comment>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>domain state</comment>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <comment>domain state</comment>
        <translation>正在关机</translation>
    </message>
    <message>
        <source>Shut off</source>
        <comment>domain state</comment>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Crashed</source>
        <comment>domain state</comment>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>domain state (guest power management)</comment>
        <extracomment>The guest put itself to sleep (suspend to RAM, ACPI S3), like a laptop; not the same as Paused</extracomment>
        <translation>睡眠中</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header of the virtual machine list</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header of the virtual machine list: running, paused, shut off ...</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <extracomment>Column header of the virtual machine list</extracomment>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory</source>
        <extracomment>Column header of the virtual machine list: the VM&apos;s RAM</extracomment>
        <translation>内存</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <extracomment>Column header of the virtual machine list: number of virtual CPUs</extracomment>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Autostart</source>
        <extracomment>Column header of the virtual machine list: whether the VM starts when the host boots</extracomment>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Virtual machine list: %1 is the VM&apos;s name, %2 its title</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>domain state: managed save image exists</comment>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Autostart column: the VM starts when the host boots (the cell stays empty otherwise)</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <extracomment>Column header of the virtual machine list: bytes read from and written to the VM&apos;s disks per second</extracomment>
        <translation>磁盘 I/O</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <extracomment>Column header of the virtual machine list: bytes received and sent by the VM&apos;s network interfaces per second</extracomment>
        <translation>网络 I/O</translation>
    </message>
    <message>
        <source>Read %1, written %2</source>
        <translation>读取 %1，写入 %2</translation>
    </message>
    <message>
        <source>Received %1, sent %2</source>
        <translation>接收 %1，发送 %2</translation>
    </message>
</context>
<context>
    <name>DomainXml</name>
    <message>
        <source>The domain XML cannot be read: %1 (line %2, column %3).</source>
        <translation>无法读取域 XML：%1（第 %2 行，第 %3 列）。</translation>
    </message>
    <message>
        <source>The XML is not a libvirt domain: its root element is &lt;%1&gt;, not &lt;domain&gt;.</source>
        <translation>该 XML 不是 libvirt 域：其根元素是 &lt;%1&gt;，而不是 &lt;domain&gt;。</translation>
    </message>
</context>
<context>
    <name>GroupBinding</name>
    <message>
        <source>Bind to vfio-pci</source>
        <translation>绑定到 vfio-pci</translation>
    </message>
    <message>
        <source>Give Back to Host Driver</source>
        <translation>归还给主机驱动</translation>
    </message>
    <message>
        <source>Bind these devices to vfio-pci? The host stops using them until they are given back:
%1</source>
        <translation>要将这些设备绑定到 vfio-pci 吗？在归还之前，主机将不再使用它们：
%1</translation>
    </message>
    <message>
        <source>Give these devices back to their host drivers? A VM that uses them takes them back when it starts if libvirt manages them; otherwise bind them to vfio-pci again first:
%1</source>
        <translation>要将这些设备归还给其主机驱动吗？若设备由 libvirt 管理，使用它们的虚拟机启动时会自动取回；否则请先将其重新绑定到 vfio-pci：
%1</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Confirmation button: bind the devices to the vfio-pci driver (take them away from the host)</extracomment>
        <translation>绑定</translation>
    </message>
    <message>
        <source>Give Back</source>
        <extracomment>Confirmation button: give the devices back to their host drivers</extracomment>
        <translation>归还</translation>
    </message>
    <message>
        <source>Not every device could be bound to vfio-pci.</source>
        <translation>并非所有设备都已成功绑定到 vfio-pci。</translation>
    </message>
    <message>
        <source>Not every device could be given back to its host driver.</source>
        <translation>并非所有设备都已成功归还给其主机驱动。</translation>
    </message>
</context>
<context>
    <name>GuestUsageModel</name>
    <message>
        <source>Name</source>
        <extracomment>Column of the host&apos;s table of running guests: the virtual machine&apos;s name</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>CPU</source>
        <extracomment>Column of the host&apos;s table of running guests: CPU usage of the guest&apos;s own vCPUs</extracomment>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <extracomment>Column of the host&apos;s table of running guests: memory in use</extracomment>
        <translation>内存</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <extracomment>Column of the host&apos;s table of running guests: disk reads and writes per second</extracomment>
        <translation>磁盘 I/O</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <extracomment>Column of the host&apos;s table of running guests: network traffic (received and sent) per second</extracomment>
        <translation>网络 I/O</translation>
    </message>
</context>
<context>
    <name>HardwareChanges</name>
    <message>
        <source>The device is no longer in the definition; reload the page and try again.</source>
        <translation>该设备已不在定义中；请重新加载页面后重试。</translation>
    </message>
    <message>
        <source>This setting cannot change while the VM runs.</source>
        <translation>虚拟机运行时无法更改此设置。</translation>
    </message>
    <message>
        <source>%1 Not done: %2</source>
        <translation>%1 未完成：%2</translation>
    </message>
    <message>
        <source>%1 Saved; the VM has it when it starts.</source>
        <translation>%1 已保存；虚拟机启动时生效。</translation>
    </message>
    <message>
        <source>%1 Done on the running VM and saved.</source>
        <translation>%1 已在运行中的虚拟机上完成并已保存。</translation>
    </message>
    <message>
        <source>%1 Saved; takes effect after the VM is shut down and started again (%2).</source>
        <translation>%1 已保存；在虚拟机关机并重新启动后生效（%2）。</translation>
    </message>
    <message>
        <source>%1 Saved; the guest has not released the device yet, so it stays in the running VM until the guest lets it go or the VM is shut down (%2).</source>
        <translation>%1 已保存；客户机尚未释放该设备，因此在客户机释放它或虚拟机关机之前，它仍保留在运行中的虚拟机里（%2）。</translation>
    </message>
    <message>
        <source>Change the title.</source>
        <translation>更改标题。</translation>
    </message>
    <message>
        <source>Change the description.</source>
        <translation>更改描述。</translation>
    </message>
    <message>
        <source>Change the machine type to %1.</source>
        <translation>将机器类型更改为 %1。</translation>
    </message>
    <message>
        <source>Boot with UEFI firmware.</source>
        <translation>使用 UEFI 固件引导。</translation>
    </message>
    <message>
        <source>Boot with BIOS firmware.</source>
        <translation>使用 BIOS 固件引导。</translation>
    </message>
    <message>
        <source>The maximum number of virtual CPUs is fixed while the VM runs.</source>
        <translation>虚拟机运行时无法更改最大虚拟 CPU 数。</translation>
    </message>
    <message>
        <source>Set the maximum number of virtual CPUs to %1.</source>
        <translation>将最大虚拟 CPU 数设为 %1。</translation>
    </message>
    <message>
        <source>Set the number of virtual CPUs to %1.</source>
        <translation>将虚拟 CPU 数设为 %1。</translation>
    </message>
    <message>
        <source>Sockets, cores and threads must each be at least 1.</source>
        <translation>插槽数、核心数和线程数都必须至少为 1。</translation>
    </message>
    <message>
        <source>%1 sockets × %2 cores × %3 threads make %4 CPUs, but the VM has a maximum of %5 virtual CPUs.</source>
        <translation>%1 个插槽 × %2 个核心 × %3 个线程共 %4 个 CPU，但该虚拟机最多只有 %5 个虚拟 CPU。</translation>
    </message>
    <message>
        <source>Change the CPU model and topology.</source>
        <translation>更改 CPU 型号和拓扑。</translation>
    </message>
    <message>
        <source>The maximum memory is fixed while the VM runs.</source>
        <translation>虚拟机运行时无法更改最大内存。</translation>
    </message>
    <message>
        <source>Set the maximum memory to %1 MiB.</source>
        <translation>将最大内存设为 %1 MiB。</translation>
    </message>
    <message>
        <source>Set the memory to %1 MiB.</source>
        <translation>将内存设为 %1 MiB。</translation>
    </message>
    <message>
        <source>The boot order is read when the VM starts.</source>
        <translation>引导顺序在虚拟机启动时读取。</translation>
    </message>
    <message>
        <source>Change the boot order.</source>
        <translation>更改引导顺序。</translation>
    </message>
    <message>
        <source>The kernel is loaded when the VM starts.</source>
        <translation>内核在虚拟机启动时加载。</translation>
    </message>
    <message>
        <source>Turn direct kernel boot off.</source>
        <translation>关闭直接内核引导。</translation>
    </message>
    <message>
        <source>Boot the kernel %1 directly.</source>
        <translation>直接引导内核 %1。</translation>
    </message>
    <message>
        <source>This kind of device cannot be added while the VM runs.</source>
        <translation>虚拟机运行时无法添加此类设备。</translation>
    </message>
    <message>
        <source>The new device&apos;s XML cannot be read.</source>
        <translation>无法读取新设备的 XML。</translation>
    </message>
    <message>
        <source>Add the CD-ROM drive %1.</source>
        <translation>添加光驱 %1。</translation>
    </message>
    <message>
        <source>Add the disk %1.</source>
        <translation>添加磁盘 %1。</translation>
    </message>
    <message>
        <source>Add the network interface %1.</source>
        <translation>添加网络接口 %1。</translation>
    </message>
    <message>
        <source>This kind of device cannot be removed while the VM runs.</source>
        <translation>虚拟机运行时无法移除此类设备。</translation>
    </message>
    <message>
        <source>Eject the media of %1.</source>
        <translation>弹出 %1 中的介质。</translation>
    </message>
    <message>
        <source>Insert %1 into %2.</source>
        <translation>将 %1 插入 %2。</translation>
    </message>
    <message>
        <source>Connect the link of %1.</source>
        <translation>接通 %1 的链路。</translation>
    </message>
    <message>
        <source>Disconnect the link of %1.</source>
        <translation>断开 %1 的链路。</translation>
    </message>
    <message>
        <source>This device&apos;s settings are read when the VM starts.</source>
        <translation>此设备的设置在虚拟机启动时读取。</translation>
    </message>
</context>
<context>
    <name>HardwareEditor</name>
    <message>
        <source>The VM&apos;s definition could not be read: %1</source>
        <translation>无法读取虚拟机的定义：%1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Boot options</source>
        <translation>引导选项</translation>
    </message>
    <message>
        <source>CD-ROM drive %1</source>
        <translation>光驱 %1</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>磁盘 %1</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>网卡 %1</translation>
    </message>
    <message>
        <source>Display %1</source>
        <translation>图形显示 %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>显卡 %1</translation>
    </message>
    <message>
        <source>Sound %1</source>
        <translation>声卡 %1</translation>
    </message>
    <message>
        <source>Input %1 (%2)</source>
        <translation>输入设备 %1（%2）</translation>
    </message>
    <message>
        <source>Serial port %1</source>
        <translation>串口 %1</translation>
    </message>
    <message>
        <source>Console %1</source>
        <translation>控制台 %1</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>看门狗</translation>
    </message>
    <message>
        <source>Random number generator</source>
        <translation>随机数生成器</translation>
    </message>
    <message>
        <source>USB redirection %1</source>
        <translation>USB 重定向 %1</translation>
    </message>
    <message>
        <source>Host devices</source>
        <translation>主机设备</translation>
    </message>
    <message>
        <source>The changes could not be applied: %1</source>
        <translation>无法应用更改：%1</translation>
    </message>
    <message>
        <source>Unapplied hardware changes</source>
        <translation>未应用的硬件更改</translation>
    </message>
    <message>
        <source>The hardware of this VM has changes that were not applied. Discard them?</source>
        <translation>此虚拟机的硬件有尚未应用的更改。要放弃这些更改吗？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Remove %1.</source>
        <extracomment>%1 is a device as the list names it (&quot;Disk vdb&quot;, &quot;Sound ich9&quot;)</extracomment>
        <translation>移除%1。</translation>
    </message>
    <message>
        <source>Add a CD-ROM drive</source>
        <translation>添加光驱</translation>
    </message>
    <message>
        <source>Add a disk</source>
        <translation>添加磁盘</translation>
    </message>
    <message>
        <source>An ISO image, or empty for a drive without media</source>
        <translation>ISO 映像；留空则为无介质的光驱</translation>
    </message>
    <message>
        <source>/var/lib/libvirt/images/disk.qcow2</source>
        <translation>/var/lib/libvirt/images/disk.qcow2</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>介质：</translation>
    </message>
    <message>
        <source>Image or block device:</source>
        <translation>映像或块设备：</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>总线：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Disk…</source>
        <translation>磁盘…</translation>
    </message>
    <message>
        <source>CD-ROM drive…</source>
        <translation>光驱…</translation>
    </message>
    <message>
        <source>Network interface on the default network</source>
        <translation>连接到默认网络的网络接口</translation>
    </message>
    <message>
        <source>Network interface in user mode</source>
        <translation>用户模式网络接口</translation>
    </message>
    <message>
        <source>VNC display</source>
        <translation>VNC 图形显示</translation>
    </message>
    <message>
        <source>Add a VNC display.</source>
        <translation>添加 VNC 图形显示。</translation>
    </message>
    <message>
        <source>SPICE display</source>
        <translation>SPICE 图形显示</translation>
    </message>
    <message>
        <source>Add a SPICE display.</source>
        <translation>添加 SPICE 图形显示。</translation>
    </message>
    <message>
        <source>Video (virtio)</source>
        <translation>显卡（virtio）</translation>
    </message>
    <message>
        <source>Add a virtio video device.</source>
        <translation>添加 virtio 显卡设备。</translation>
    </message>
    <message>
        <source>Sound (ICH9)</source>
        <translation>声卡（ICH9）</translation>
    </message>
    <message>
        <source>Add an ICH9 sound device.</source>
        <translation>添加 ICH9 声卡设备。</translation>
    </message>
    <message>
        <source>Tablet (USB)</source>
        <translation>数位板（USB）</translation>
    </message>
    <message>
        <source>Add a USB tablet.</source>
        <translation>添加 USB 数位板。</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>Add a serial port.</source>
        <translation>添加串口。</translation>
    </message>
    <message>
        <source>Console (virtio)</source>
        <translation>控制台（virtio）</translation>
    </message>
    <message>
        <source>Add a virtio console.</source>
        <translation>添加 virtio 控制台。</translation>
    </message>
    <message>
        <source>TPM 2.0 (CRB)</source>
        <translation>TPM 2.0（CRB）</translation>
    </message>
    <message>
        <source>Add an emulated TPM 2.0.</source>
        <translation>添加模拟的 TPM 2.0。</translation>
    </message>
    <message>
        <source>Add a watchdog.</source>
        <translation>添加看门狗。</translation>
    </message>
    <message>
        <source>Add a random number generator fed from /dev/urandom.</source>
        <translation>添加以 /dev/urandom 为熵源的随机数生成器。</translation>
    </message>
    <message>
        <source>USB redirection (SPICE)</source>
        <translation>USB 重定向（SPICE）</translation>
    </message>
    <message>
        <source>Add a USB redirection channel.</source>
        <translation>添加 USB 重定向通道。</translation>
    </message>
    <message>
        <source>Add hardware</source>
        <extracomment>Button that opens a menu of device kinds</extracomment>
        <translation>添加硬件</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button: remove the selected device</extracomment>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected device</source>
        <translation>移除所选设备</translation>
    </message>
    <message>
        <source>Apply</source>
        <extracomment>Button: apply the hardware changes</extracomment>
        <translation>应用</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Button: drop the hardware changes not applied</extracomment>
        <translation>还原</translation>
    </message>
    <message>
        <source>Devices and settings</source>
        <translation>设备和设置</translation>
    </message>
</context>
<context>
    <name>HostDeviceModel</name>
    <message>
        <source>Storage controller</source>
        <translation>存储控制器</translation>
    </message>
    <message>
        <source>Ethernet controller</source>
        <translation>以太网控制器</translation>
    </message>
    <message>
        <source>Network controller</source>
        <translation>网络控制器</translation>
    </message>
    <message>
        <source>VGA compatible controller</source>
        <translation>VGA 兼容控制器</translation>
    </message>
    <message>
        <source>Display controller</source>
        <translation>显示控制器</translation>
    </message>
    <message>
        <source>Audio device</source>
        <translation>音频设备</translation>
    </message>
    <message>
        <source>Multimedia controller</source>
        <translation>多媒体控制器</translation>
    </message>
    <message>
        <source>PCI bridge</source>
        <extracomment>PCI device class name</extracomment>
        <translation>PCI 桥</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>桥</translation>
    </message>
    <message>
        <source>USB controller</source>
        <translation>USB 控制器</translation>
    </message>
    <message>
        <source>SMBus controller</source>
        <translation>SMBus 控制器</translation>
    </message>
    <message>
        <source>Serial bus controller</source>
        <translation>串行总线控制器</translation>
    </message>
    <message>
        <source>PCI device (class %1)</source>
        <translation>PCI 设备（类别 %1）</translation>
    </message>
    <message>
        <source>No IOMMU group (the IOMMU is off)</source>
        <translation>无 IOMMU 组（IOMMU 未启用）</translation>
    </message>
    <message>
        <source>IOMMU group %1</source>
        <translation>IOMMU 组 %1</translation>
    </message>
    <message>
        <source>cannot be passed through</source>
        <extracomment>Status of an IOMMU group in the host device tree</extracomment>
        <translation>无法直通</translation>
    </message>
    <message>
        <source>ready for passthrough</source>
        <extracomment>Status of an IOMMU group in the host device tree: all its devices can be given to a VM</extracomment>
        <translation>可以直通</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) on host drivers</source>
        <translation>
            <numerusform>%n 个设备仍在使用主机驱动</numerusform>
        </translation>
    </message>
    <message>
        <source>These devices have no IOMMU group: the host&apos;s IOMMU is off, so none can be passed through.</source>
        <translation>这些设备没有 IOMMU 组：主机的 IOMMU 未启用，因此都无法直通。</translation>
    </message>
    <message>
        <source>An IOMMU group is the smallest set of devices the host can isolate: every device in it (bridges excepted) goes to the same VM, together.</source>
        <translation>IOMMU 组是主机能够隔离的最小设备集合：组内的所有设备（桥除外）必须一起分配给同一台虚拟机。</translation>
    </message>
    <message>
        <source>%1 (bridge, stays with the host)</source>
        <translation>%1（桥，保留在主机上）</translation>
    </message>
    <message>
        <source>%1 (virtual function)</source>
        <translation>%1（虚拟功能）</translation>
    </message>
    <message>
        <source>bus %1 device %2</source>
        <translation>总线 %1 设备 %2</translation>
    </message>
    <message>
        <source>none reported</source>
        <extracomment>Host driver column: libvirt did not name a driver for this device</extracomment>
        <translation>未报告</translation>
    </message>
    <message>
        <source>Bridges connect other devices; they are not passed through and do not stop the group from being used.</source>
        <translation>桥用于连接其他设备；它们不会被直通，也不会妨碍该组的使用。</translation>
    </message>
    <message numerus="yes">
        <source>SR-IOV physical function with %n virtual function(s).</source>
        <translation>
            <numerusform>带有 %n 个虚拟功能的 SR-IOV 物理功能。</numerusform>
        </translation>
    </message>
    <message>
        <source>SR-IOV virtual function of %1.</source>
        <translation>%1 的 SR-IOV 虚拟功能。</translation>
    </message>
    <message>
        <source>Vendor %1, product %2</source>
        <translation>厂商 %1，产品 %2</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>使用方：%1</translation>
    </message>
    <message>
        <source>USB devices</source>
        <extracomment>Top-level node of the host device tree</extracomment>
        <translation>USB 设备</translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>Column header of the host device tree</extracomment>
        <translation>设备</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Column header of the host device tree: PCI address or USB bus/device</extracomment>
        <translation>地址</translation>
    </message>
    <message>
        <source>Host driver</source>
        <extracomment>Column header of the host device tree: the kernel driver the device is bound to on the host</extracomment>
        <translation>主机驱动</translation>
    </message>
    <message>
        <source>Used by</source>
        <extracomment>Column header of the host device tree: the virtual machines configured to use the device</extracomment>
        <translation>使用方</translation>
    </message>
    <message>
        <source>drivers not reported</source>
        <translation>未报告驱动</translation>
    </message>
</context>
<context>
    <name>HostDevicesPage</name>
    <message>
        <source>The host&apos;s devices could not be listed: %1</source>
        <translation>无法列出主机的设备：%1</translation>
    </message>
    <message>
        <source>Create Pool Network</source>
        <translation>创建池网络</translation>
    </message>
    <message>
        <source>The network %1 is running. Give a VM an interface on it to hand it a free virtual function.</source>
        <translation>网络 %1 已在运行。为虚拟机添加连接到该网络的接口，即可为其分配一个空闲的虚拟功能。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>Passthrough readiness: the host is being checked</extracomment>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>The host could not be checked: %1</source>
        <translation>无法检查主机：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready for PCI passthrough?&lt;/b&gt;</source>
        <translation>&lt;b&gt;是否可以进行 PCI 直通？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Devices by IOMMU group&lt;/b&gt; (everything in a group goes to one VM together)</source>
        <translation>&lt;b&gt;按 IOMMU 组列出的设备(&amp;D)&lt;/b&gt;（同一组中的所有设备会一起分配给同一台虚拟机）</translation>
    </message>
    <message>
        <source>&amp;Bind Group to vfio-pci</source>
        <translation>将组绑定到 vfio-pci(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Give Group Back to Host</source>
        <translation>将组归还给主机(&amp;G)</translation>
    </message>
    <message>
        <source>Create SR-IOV &amp;Pool Network…</source>
        <translation>创建 SR-IOV 池网络(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Button: read the host&apos;s devices again</extracomment>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Host devices by IOMMU group</source>
        <translation>按 IOMMU 组列出的主机设备</translation>
    </message>
</context>
<context>
    <name>HostOverview</name>
    <message>
        <source>The host&apos;s figures appear once it has been sampled.</source>
        <translation>主机完成采样后即会显示其数据。</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>占用</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总量</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>节省</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>Label of the combo box that picks the time range of the host&apos;s graphs</extracomment>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Host CPU usage</source>
        <translation>主机 CPU 使用率</translation>
    </message>
    <message>
        <source>Host memory</source>
        <translation>主机内存</translation>
    </message>
    <message>
        <source>Shared memory (KSM)</source>
        <extracomment>Title of a graph: Kernel Same-page Merging, memory saved by merging identical guest pages</extracomment>
        <translation>内存共享（KSM）</translation>
    </message>
    <message>
        <source>CPU figures are not available on this host.</source>
        <translation>无法获取此主机的 CPU 数据。</translation>
    </message>
    <message>
        <source>Memory figures are not available on this host.</source>
        <translation>无法获取此主机的内存数据。</translation>
    </message>
    <message>
        <source>KSM figures are not available on this host.</source>
        <translation>无法获取此主机的 KSM 数据。</translation>
    </message>
    <message>
        <source>&amp;Running guests</source>
        <translation>运行中的客户机(&amp;R)</translation>
    </message>
    <message>
        <source>Running guests</source>
        <extracomment>Accessible name of the table of running guests on the host&apos;s summary page</extracomment>
        <translation>运行中的客户机</translation>
    </message>
</context>
<context>
    <name>HostStoragePage</name>
    <message>
        <source>The host&apos;s storage pools could not be listed: %1</source>
        <translation>无法列出主机的存储池：%1</translation>
    </message>
    <message>
        <source>The volumes of pool %1 could not be listed: %2</source>
        <translation>无法列出存储池 %1 中的卷：%2</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 失败。</translation>
    </message>
    <message>
        <source>Storage &amp;pools:</source>
        <translation>存储池(&amp;P)：</translation>
    </message>
    <message>
        <source>New Pool…</source>
        <extracomment>Button: make a new storage pool</extracomment>
        <translation>新建存储池…</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Button: start (activate) the storage pool</extracomment>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Button: stop (deactivate) the storage pool</extracomment>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start with the host</source>
        <translation>随主机启动</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Button: have libvirt read the pool&apos;s folder again</extracomment>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Delete Pool…</source>
        <extracomment>Button: delete the storage pool (asks what to remove)</extracomment>
        <translation>删除存储池…</translation>
    </message>
    <message>
        <source>&amp;Volumes:</source>
        <translation>卷(&amp;V)：</translation>
    </message>
    <message>
        <source>%p% used</source>
        <extracomment>Text on the pool&apos;s capacity bar; %p is the percentage</extracomment>
        <translation>已用 %p%</translation>
    </message>
    <message>
        <source>Filter volumes</source>
        <translation>筛选卷</translation>
    </message>
    <message>
        <source>New Volume…</source>
        <extracomment>Button: make a new volume in the pool</extracomment>
        <translation>新建卷…</translation>
    </message>
    <message>
        <source>Resize…</source>
        <extracomment>Button: change the volume&apos;s capacity</extracomment>
        <translation>调整大小…</translation>
    </message>
    <message>
        <source>Wipe…</source>
        <extracomment>Button: overwrite the volume&apos;s data with zeros</extracomment>
        <translation>擦除…</translation>
    </message>
    <message>
        <source>Delete Volume…</source>
        <extracomment>Button: delete the volume</extracomment>
        <translation>删除卷…</translation>
    </message>
    <message>
        <source>Upload</source>
        <extracomment>Button with a menu: copy a local file onto the host</extracomment>
        <translation>上传</translation>
    </message>
    <message>
        <source>Download…</source>
        <extracomment>Button: copy the volume into a local file</extracomment>
        <translation>下载…</translation>
    </message>
    <message>
        <source>Upload a File into a New Volume…</source>
        <translation>将文件上传到新卷…</translation>
    </message>
    <message>
        <source>Upload a File into the Selected Volume…</source>
        <translation>将文件上传到所选卷…</translation>
    </message>
    <message>
        <source>%1 (%2) at %3 is stopped.</source>
        <extracomment>Pool details: %1 the pool, %2 its type, %3 its folder on the host</extracomment>
        <translation>%1（%2），位于 %3，已停止。</translation>
    </message>
    <message>
        <source>%1 (%2) at %3: %4 of %5 used, %6 free.</source>
        <extracomment>Pool details: %1 the pool, %2 its type, %3 its folder, %4 used, %5 capacity, %6 free</extracomment>
        <translation>%1（%2），位于 %3：已用 %4 / %5，可用 %6。</translation>
    </message>
    <message>
        <source>Space used in pool %1</source>
        <translation>存储池 %1 的已用空间</translation>
    </message>
    <message>
        <source>New Storage Pool</source>
        <translation>新建存储池</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be made.</source>
        <translation>无法创建存储池 %1。</translation>
    </message>
    <message>
        <source>Start Pool</source>
        <translation>启动存储池</translation>
    </message>
    <message>
        <source>Stop Pool</source>
        <translation>停止存储池</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be started.</source>
        <translation>无法启动存储池 %1。</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be stopped.</source>
        <translation>无法停止存储池 %1。</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Whether the storage pool %1 starts with the host could not be changed.</source>
        <translation>无法更改存储池 %1 是否随主机启动。</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be read again.</source>
        <translation>无法重新读取存储池 %1。</translation>
    </message>
    <message>
        <source>Delete the storage pool %1?

&quot;Delete Pool Only&quot; stops it and removes its definition: its folder %2 and every volume in it stay on the host.

&quot;Delete Pool and Folder&quot; also removes the pool&apos;s storage (for a folder pool the folder itself, which libvirt removes only when it is empty: delete the volumes first).</source>
        <translation>要删除存储池 %1 吗？

“仅删除存储池”会停止该存储池并移除其定义：其文件夹 %2 及其中的所有卷都会保留在主机上。

“删除存储池和文件夹”还会移除该存储池的存储（对于文件夹类型的存储池即文件夹本身，libvirt 只会在文件夹为空时将其移除：请先删除其中的卷）。</translation>
    </message>
    <message>
        <source>Delete Storage Pool</source>
        <translation>删除存储池</translation>
    </message>
    <message>
        <source>Delete Pool Only</source>
        <translation>仅删除存储池</translation>
    </message>
    <message>
        <source>Delete Pool and Folder</source>
        <translation>删除存储池和文件夹</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be deleted.</source>
        <translation>无法删除存储池 %1。</translation>
    </message>
    <message>
        <source>New Volume</source>
        <translation>新建卷</translation>
    </message>
    <message>
        <source>The volume %1 could not be made in pool %2.</source>
        <translation>无法在存储池 %2 中创建卷 %1。</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>调整大小</translation>
    </message>
    <message>
        <source>%1 could not be resized.</source>
        <translation>无法调整 %1 的大小。</translation>
    </message>
    <message>
        <source>%1 cannot be made smaller.</source>
        <translation>无法缩小 %1。</translation>
    </message>
    <message>
        <source>Only raw volumes can be shrunk here; a %1 volume would lose the guest&apos;s data past the new end.</source>
        <translation>此处只能缩小 raw 格式的卷；%1 格式的卷会丢失客户机在新末尾之后的数据。</translation>
    </message>
    <message>
        <source>Shrink Volume</source>
        <translation>缩小卷</translation>
    </message>
    <message>
        <source>Shrink %1 from %2 to %3? Whatever the guest keeps past %3 is lost, and a file system that is not shrunk first in the guest will be damaged.</source>
        <translation>要将 %1 从 %2 缩小到 %3 吗？客户机在 %3 之后存放的所有数据都将丢失，未事先在客户机中缩小的文件系统将被损坏。</translation>
    </message>
    <message>
        <source>Shrink</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Wipe Volume</source>
        <translation>擦除卷</translation>
    </message>
    <message>
        <source>Overwrite all data in %1 with zeros? This cannot be undone.</source>
        <translation>要用零覆盖 %1 中的所有数据吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>%1 could not be wiped.</source>
        <translation>无法擦除 %1。</translation>
    </message>
    <message>
        <source>Delete %1? The file is removed from the host.</source>
        <translation>要删除 %1 吗？该文件将从主机上移除。</translation>
    </message>
    <message>
        <source>Delete %1? The file is removed from the host, and these virtual machines use it: %2. They will not start until their disk is changed.</source>
        <translation>要删除 %1 吗？该文件将从主机上移除，而以下虚拟机正在使用它：%2。在更换其磁盘之前，这些虚拟机将无法启动。</translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation>删除卷</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Uploading %1 into %2</source>
        <translation>正在将 %1 上传到 %2</translation>
    </message>
    <message>
        <source>Downloading %1 into %2</source>
        <translation>正在将 %1 下载到 %2</translation>
    </message>
    <message>
        <source>Choose a File to Upload</source>
        <translation>选择要上传的文件</translation>
    </message>
    <message>
        <source>Download %1 to</source>
        <translation>将 %1 下载到</translation>
    </message>
    <message>
        <source>Upload a File into This Volume…</source>
        <translation>将文件上传到此卷…</translation>
    </message>
</context>
<context>
    <name>HostWindow</name>
    <message>
        <source>%1 — Host Details — QVirt</source>
        <translation>%1 — 主机详情 — QVirt</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>Tab of the host details window</extracomment>
        <translation>摘要</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the connection URI, %2 the connection state</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The host details could not be read: %1</source>
        <translation>无法读取主机详情：%1</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>虚拟机管理程序：</translation>
    </message>
    <message>
        <source>Libvirt:</source>
        <extracomment>Row label: the version of libvirt on the host</extracomment>
        <translation>Libvirt：</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU：</translation>
    </message>
    <message>
        <source>%1, %2 logical CPUs at %3 MHz (%4 sockets, %5 cores, %6 threads)</source>
        <translation>%1，%2 个逻辑 CPU，频率 %3 MHz（%4 个插槽，%5 个核心，%6 个线程）</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <extracomment>Host memory: %1 the total, %2 the free amount</extracomment>
        <translation>%1（可用 %2）</translation>
    </message>
    <message>
        <source>Virtual machines:</source>
        <translation>虚拟机：</translation>
    </message>
    <message>
        <source>%1 defined, %2 running</source>
        <extracomment>Number of virtual machines on the host: %1 defined (all), %2 of them running</extracomment>
        <translation>已定义 %1 台，运行中 %2 台</translation>
    </message>
    <message>
        <source>Host Devices</source>
        <translation>主机设备</translation>
    </message>
    <message>
        <source>Storage</source>
        <extracomment>Tab of the host details window: storage pools and volumes</extracomment>
        <translation>存储</translation>
    </message>
    <message>
        <source>Virtual Networks</source>
        <extracomment>Tab of the host details window</extracomment>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <extracomment>Tab of the host details window: the host&apos;s network interfaces</extracomment>
        <translation>接口</translation>
    </message>
</context>
<context>
    <name>HostdevXml</name>
    <message>
        <source>An interface on network %1</source>
        <translation>网络 %1 上的接口</translation>
    </message>
    <message>
        <source>USB device %1:%2</source>
        <translation>USB 设备 %1:%2</translation>
    </message>
    <message>
        <source>USB device %1.%2</source>
        <translation>USB 设备 %1.%2</translation>
    </message>
    <message>
        <source>No PCI slot is free on the guest&apos;s root bus for %1; remove a device from the guest first.</source>
        <translation>客户机的根总线上没有可供 %1 使用的空闲 PCI 插槽；请先从客户机中移除一个设备。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address like 52:54:00:12:34:56.</source>
        <translation>“%1”不是有效的 MAC 地址（格式如 52:54:00:12:34:56）。</translation>
    </message>
    <message>
        <source>%1 is a multicast MAC address; a network interface needs a unicast one.</source>
        <translation>%1 是组播 MAC 地址；网络接口需要单播地址。</translation>
    </message>
    <message>
        <source>The interface needs the name of its pool network.</source>
        <translation>该接口需要指定其池网络的名称。</translation>
    </message>
    <message>
        <source>The device has no host PCI address.</source>
        <translation>该设备没有主机 PCI 地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PCI address like 0000:3b:00.0.</source>
        <translation>“%1”不是有效的 PCI 地址（格式如 0000:3b:00.0）。</translation>
    </message>
    <message>
        <source>A USB device needs both its vendor and its product ID.</source>
        <translation>USB 设备需要同时指定厂商 ID 和产品 ID。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a USB vendor or product ID like 0x046d.</source>
        <translation>“%1”不是有效的 USB 厂商 ID 或产品 ID（格式如 0x046d）。</translation>
    </message>
    <message>
        <source>A USB device needs its vendor and product IDs or its bus and device numbers.</source>
        <translation>USB 设备需要指定厂商 ID 和产品 ID，或者总线号和设备号。</translation>
    </message>
    <message>
        <source>%1 is already passed through to this guest.</source>
        <translation>%1 已直通给此客户机。</translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation>%1 在列表中出现了两次。</translation>
    </message>
    <message>
        <source>%1 is not passed through to this guest.</source>
        <translation>%1 未直通给此客户机。</translation>
    </message>
    <message>
        <source>The Hyper-V vendor ID &quot;%1&quot; must be 1 to 12 ASCII letters, digits or signs other than a comma.</source>
        <translation>Hyper-V 厂商 ID“%1”必须由 1 到 12 个 ASCII 字母、数字或符号（逗号除外）组成。</translation>
    </message>
</context>
<context>
    <name>InterfacesPage</name>
    <message>
        <source>This host&apos;s libvirt has no interface driver, so its interfaces cannot be shown from here (on the host, &quot;ip address&quot; lists them): %1</source>
        <translation>此主机的 libvirt 没有接口驱动，因此无法在此处显示其接口（可在主机上用“ip address”列出）：%1</translation>
    </message>
    <message>
        <source>The host&apos;s interfaces could not be listed: %1</source>
        <translation>无法列出主机的接口：%1</translation>
    </message>
    <message>
        <source>Up</source>
        <extracomment>State of a host interface</extracomment>
        <translation>启用</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC 地址：</translation>
    </message>
    <message>
        <source>IPv4 addresses:</source>
        <translation>IPv4 地址：</translation>
    </message>
    <message>
        <source>IPv6 addresses:</source>
        <translation>IPv6 地址：</translation>
    </message>
    <message>
        <source>Bridge ports:</source>
        <extracomment>Row label: the interfaces enslaved to a bridge</extracomment>
        <translation>网桥端口：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <extracomment>Row label: what made a bridge; the value says it is a libvirt virtual network&apos;s own</extracomment>
        <translation>所有者：</translation>
    </message>
    <message>
        <source>A libvirt virtual network</source>
        <translation>libvirt 虚拟网络</translation>
    </message>
    <message>
        <source>SR-IOV:</source>
        <extracomment>%1 virtual functions configured, %2 the most the card can have</extracomment>
        <translation>SR-IOV：</translation>
    </message>
    <message>
        <source>%1 of %2 virtual functions</source>
        <translation>%1 / %2 个虚拟功能</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column: interface type (bridge, ethernet)</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
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
        <translation>网桥端口</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Host interfaces</source>
        <translation>主机接口</translation>
    </message>
    <message>
        <source>How to make a host bridge</source>
        <translation>如何创建主机网桥</translation>
    </message>
</context>
<context>
    <name>LifecycleController</name>
    <message>
        <source>Start</source>
        <extracomment>VM action: boot the virtual machine</extracomment>
        <translation>启动</translation>
    </message>
    <message>
        <source>Shut Down</source>
        <extracomment>VM action: ask the guest OS to shut down (ACPI)</extracomment>
        <translation>关机</translation>
    </message>
    <message>
        <source>Reboot</source>
        <extracomment>VM action: ask the guest OS to restart</extracomment>
        <translation>重启</translation>
    </message>
    <message>
        <source>Force Off</source>
        <extracomment>VM action, dialog title and button: cut the VM&apos;s power at once, like pulling the plug; use one term for it everywhere</extracomment>
        <translation>强制关机</translation>
    </message>
    <message>
        <source>Force Reset</source>
        <extracomment>VM action, dialog title and button: press the VM&apos;s reset button; use one term for reset everywhere</extracomment>
        <translation>强制重置</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>action</comment>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>VM action: let a paused VM run again; not the same word as Restore (from a saved file) or Revert (to a snapshot)</extracomment>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>Managed Save</source>
        <extracomment>VM action: save the VM&apos;s memory state in libvirt&apos;s own place and stop it; starting the VM resumes from it (virsh managedsave)</extracomment>
        <translation>托管保存</translation>
    </message>
    <message>
        <source>Remove Managed Save</source>
        <translation>删除托管保存</translation>
    </message>
    <message>
        <source>Start at Host Boot</source>
        <translation>随主机启动</translation>
    </message>
    <message>
        <source>Do Not Start at Host Boot</source>
        <translation>不随主机启动</translation>
    </message>
    <message>
        <source>The virtual machine is already running.</source>
        <translation>虚拟机已在运行。</translation>
    </message>
    <message>
        <source>Only a running virtual machine can be shut down or rebooted.</source>
        <translation>只有正在运行的虚拟机才能关机或重启。</translation>
    </message>
    <message>
        <source>The virtual machine is not running.</source>
        <translation>虚拟机未在运行。</translation>
    </message>
    <message>
        <source>Only a running virtual machine can be paused.</source>
        <translation>只有正在运行的虚拟机才能暂停。</translation>
    </message>
    <message>
        <source>The virtual machine is not paused.</source>
        <translation>虚拟机未暂停。</translation>
    </message>
    <message>
        <source>A transient virtual machine has no managed save.</source>
        <translation>临时虚拟机没有托管保存。</translation>
    </message>
    <message>
        <source>The virtual machine has no managed save image.</source>
        <translation>该虚拟机没有托管保存映像。</translation>
    </message>
    <message>
        <source>A transient virtual machine cannot start at host boot.</source>
        <translation>临时虚拟机无法随主机启动。</translation>
    </message>
    <message>
        <source>These virtual machines could not be started:</source>
        <translation>以下虚拟机无法启动：</translation>
    </message>
    <message>
        <source>These virtual machines could not be shut down:</source>
        <translation>以下虚拟机无法关机：</translation>
    </message>
    <message>
        <source>These virtual machines could not be rebooted:</source>
        <translation>以下虚拟机无法重启：</translation>
    </message>
    <message>
        <source>These virtual machines could not be forced off:</source>
        <translation>以下虚拟机无法强制关机：</translation>
    </message>
    <message>
        <source>These virtual machines could not be reset:</source>
        <translation>以下虚拟机无法重置：</translation>
    </message>
    <message>
        <source>These virtual machines could not be paused:</source>
        <translation>以下虚拟机无法暂停：</translation>
    </message>
    <message>
        <source>These virtual machines could not be resumed:</source>
        <translation>以下虚拟机无法继续运行：</translation>
    </message>
    <message>
        <source>The state of these virtual machines could not be saved:</source>
        <translation>无法保存以下虚拟机的状态：</translation>
    </message>
    <message>
        <source>The managed save of these virtual machines could not be removed:</source>
        <translation>无法删除以下虚拟机的托管保存：</translation>
    </message>
    <message>
        <source>Autostart could not be changed for these virtual machines:</source>
        <translation>无法更改以下虚拟机的自动启动设置：</translation>
    </message>
    <message>
        <source>Check that each virtual machine is in a state that allows this action, and see the host&apos;s libvirt log (/var/log/libvirt/) for details.</source>
        <translation>请检查每台虚拟机是否处于允许此操作的状态，详细信息请查看主机上的 libvirt 日志（/var/log/libvirt/）。</translation>
    </message>
    <message>
        <source>Force off %1?

This is like pulling the power plug: the guest loses everything it has not written to disk.</source>
        <translation>确定要将 %1 强制关机吗？

这相当于直接拔掉电源插头：客户机中尚未写入磁盘的所有数据都将丢失。</translation>
    </message>
    <message>
        <source>Reset %1?

This is like pressing the reset button: the guest loses everything it has not written to disk.</source>
        <translation>确定要重置 %1 吗？

这相当于按下重置按钮：客户机中尚未写入磁盘的所有数据都将丢失。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a VM name, %2 the error message</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Path on the host %1:</source>
        <translation>主机 %1 上的路径：</translation>
    </message>
    <message>
        <source>Save to File</source>
        <extracomment>Title of the error box when saving VMs to files failed (virsh save: the VM&apos;s state is written to a file and the VM stops)</extracomment>
        <translation>保存到文件</translation>
    </message>
    <message>
        <source>The state of these virtual machines could not be saved to a file:</source>
        <translation>无法将以下虚拟机的状态保存到文件：</translation>
    </message>
    <message>
        <source>Save %1 to File</source>
        <translation>将 %1 保存到文件</translation>
    </message>
    <message numerus="yes">
        <source>Save %n Virtual Machines to Folder</source>
        <translation>
            <numerusform>将 %n 台虚拟机保存到文件夹</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <extracomment>%1 is a VM name, %2 the file it was to be saved to, %3 the error message</extracomment>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>Restore Virtual Machine from File</source>
        <translation>从文件恢复虚拟机</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>Dialog title and button: start a VM from a state file written by &quot;Save to File&quot; (virsh restore); not the same word as Revert (snapshot) or Resume (paused VM)</extracomment>
        <translation>恢复</translation>
    </message>
    <message>
        <source>%1 is not a saved virtual machine state that this host can read.</source>
        <translation>%1 不是此主机可读取的虚拟机保存状态。</translation>
    </message>
    <message>
        <source>Choose a file written by &quot;Save to File&quot; (virsh save) on this host.</source>
        <translation>请选择在此主机上通过“保存到文件”（virsh save）写入的文件。</translation>
    </message>
    <message>
        <source>%1 is running. Restoring the saved state forces it off first; whatever it has not written to disk is lost.</source>
        <translation>%1 正在运行。恢复保存的状态会先将其强制关机，所有尚未写入磁盘的数据都将丢失。</translation>
    </message>
    <message>
        <source>Force Off and Restore</source>
        <translation>强制关机并恢复</translation>
    </message>
    <message>
        <source>The running virtual machine could not be forced off, so nothing was restored.</source>
        <translation>无法将正在运行的虚拟机强制关机，因此未进行任何恢复。</translation>
    </message>
    <message>
        <source>The virtual machine could not be restored from %1.</source>
        <translation>无法从 %1 恢复虚拟机。</translation>
    </message>
    <message>
        <source>The file is kept. Check that the disks it refers to still exist, and the host&apos;s libvirt log.</source>
        <translation>文件已保留。请检查其引用的磁盘是否仍然存在，并查看主机上的 libvirt 日志。</translation>
    </message>
    <message>
        <source>Rename</source>
        <extracomment>Title of message boxes about renaming a VM</extracomment>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Shut %1 off first: libvirt renames only virtual machines that are not running.</source>
        <translation>请先关闭 %1：libvirt 只能重命名未运行的虚拟机。</translation>
    </message>
    <message>
        <source>Rename Virtual Machine</source>
        <translation>重命名虚拟机</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2.</source>
        <translation>无法将 %1 重命名为 %2。</translation>
    </message>
    <message>
        <source>Choose a name no other virtual machine on this host uses.</source>
        <translation>请选择此主机上其他虚拟机未使用的名称。</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Title of the error box when deleting virtual machines did not fully succeed</extracomment>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleting did not fully succeed:</source>
        <translation>删除未完全成功：</translation>
    </message>
    <message>
        <source>%1: image %2 was not deleted: %3</source>
        <translation>%1：映像 %2 未被删除：%3</translation>
    </message>
    <message>
        <source>Folder on the hosts:</source>
        <translation>各主机上的文件夹：</translation>
    </message>
    <message>
        <source>%1 is deleted, but these images are in no storage pool on %2, so libvirt could not delete them:

%3

QVirt can open each image&apos;s folder as a temporary storage pool, delete the images through it and remove the pool again; the folders and every other file in them stay. Delete the images now?</source>
        <translation>%1 已删除，但以下映像不在 %2 上的任何存储池中，因此 libvirt 无法删除它们：

%3

QVirt 可以将每个映像所在的文件夹临时打开为存储池，通过该存储池删除映像，然后再移除该存储池；文件夹及其中的其他文件都会保留。现在删除这些映像吗？</translation>
    </message>
    <message>
        <source>Delete Images</source>
        <translation>删除映像</translation>
    </message>
    <message>
        <source>Delete the Images</source>
        <translation>删除这些映像</translation>
    </message>
    <message>
        <source>Keep the Files</source>
        <translation>保留文件</translation>
    </message>
    <message>
        <source>These images of %1 stay on %2; remove them on the host when they are no longer needed:

%3</source>
        <translation>%1 的以下映像保留在 %2 上；不再需要时请在主机上将其删除：

%3</translation>
    </message>
    <message>
        <source>These images of %1 stay on %2:</source>
        <translation>%1 的以下映像保留在 %2 上：</translation>
    </message>
    <message>
        <source>Remove them on the host, or give their folder a storage pool in the host window&apos;s Storage page.</source>
        <translation>请在主机上将其删除，或在主机窗口的“存储”页面中为其所在文件夹创建存储池。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Remove Connection</source>
        <extracomment>Remove a connection from QVirt&apos;s list; nothing on the host is deleted</extracomment>
        <translation>移除连接</translation>
    </message>
    <message>
        <source>Remove %1 from QVirt? Its virtual machines keep running; only QVirt forgets the connection.</source>
        <translation>要从 QVirt 中移除 %1 吗？其虚拟机仍会照常运行，QVirt 只是不再记住该连接。</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Confirmation button: remove the connection from QVirt&apos;s list (nothing on the host is deleted)</extracomment>
        <translation>移除</translation>
    </message>
    <message>
        <source>QVirt Virtual Machine Manager</source>
        <translation>QVirt 虚拟机管理器</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation>虚拟机(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <extracomment>Menu: actions on the selected connection (libvirt host)</extracomment>
        <translation>主机(&amp;H)</translation>
    </message>
    <message>
        <source>Add Connection…</source>
        <translation>添加连接…</translation>
    </message>
    <message>
        <source>Restore from File…</source>
        <extracomment>Start a VM again from a state file written by &quot;Save to File&quot; (virsh restore); not a snapshot revert</extracomment>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>Menu action: connect to the selected libvirt host</extracomment>
        <translation>连接</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <extracomment>Menu action: close the connection to the selected libvirt host</extracomment>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>Connect Automatically</source>
        <translation>自动连接</translation>
    </message>
    <message>
        <source>Host Details</source>
        <translation>主机详情</translation>
    </message>
    <message>
        <source>Remove Connection…</source>
        <translation>移除连接…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Connection Failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>QVirt could not connect to %1.</source>
        <translation>QVirt 无法连接到 %1。</translation>
    </message>
    <message>
        <source>Check the URI, that the host is reachable and libvirtd runs there, and your login. Your other connections are not affected.</source>
        <translation>请检查 URI、主机是否可达且运行着 libvirtd，以及您的登录信息。您的其他连接不受影响。</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machine(s) selected</source>
        <translation>
            <numerusform>已选择 %n 台虚拟机</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): disconnected, retrying. %3</source>
        <translation>%1（%2）：连接已断开，正在重试。%3</translation>
    </message>
    <message>
        <source>%1 (%2): could not connect. %3</source>
        <translation>%1（%2）：无法连接。%3</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Menu title, as in virt-manager: holds Preferences.</extracomment>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;New VM…</source>
        <translation>新建虚拟机(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a virtual machine on the selected host</source>
        <translation>在所选主机上创建虚拟机</translation>
    </message>
</context>
<context>
    <name>MemoryForm</name>
    <message>
        <source>Maximum memory (MiB):</source>
        <translation>最大内存（MiB）：</translation>
    </message>
    <message>
        <source>Memory now (MiB):</source>
        <translation>当前内存（MiB）：</translation>
    </message>
    <message>
        <source>The host has %1 MiB of memory.</source>
        <translation>主机有 %1 MiB 内存。</translation>
    </message>
    <message>
        <source>This VM has no memory balloon: its memory changes only when it starts again.</source>
        <translation>此虚拟机没有内存气球设备：其内存只有在重新启动后才会改变。</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>How will the operating system be installed?</source>
        <translation>如何安装操作系统？</translation>
    </message>
    <message>
        <source>From an installation ISO image or CD-ROM on the host</source>
        <translation>从主机上的安装 ISO 映像或光驱安装</translation>
    </message>
    <message>
        <source>From a network install tree (HTTP, HTTPS or FTP)</source>
        <translation>从网络安装树安装（HTTP、HTTPS 或 FTP）</translation>
    </message>
    <message>
        <source>Import an existing disk image</source>
        <translation>导入现有磁盘映像</translation>
    </message>
    <message>
        <source>Network boot (PXE)</source>
        <translation>网络引导（PXE）</translation>
    </message>
    <message>
        <source>No installation: create an empty VM</source>
        <translation>不安装：创建空虚拟机</translation>
    </message>
    <message>
        <source>Reading what the host offers…</source>
        <translation>正在读取主机提供的功能…</translation>
    </message>
    <message>
        <source>The host&apos;s capabilities could not be read: %1</source>
        <translation>无法读取主机的功能：%1</translation>
    </message>
    <message>
        <source>VMs on this host run with KVM hardware acceleration.</source>
        <translation>此主机上的虚拟机使用 KVM 硬件加速运行。</translation>
    </message>
    <message>
        <source>This host has no KVM: VMs run in QEMU&apos;s software emulation (TCG), which is much slower. Enable virtualization in the host&apos;s firmware if its CPU has it.</source>
        <translation>此主机没有 KVM：虚拟机将以 QEMU 软件模拟（TCG）方式运行，速度要慢得多。如果主机 CPU 支持虚拟化，请在主机固件中启用它。</translation>
    </message>
</context>
<context>
    <name>MigrateDialog</name>
    <message>
        <source>Migrate %1 — QVirt</source>
        <extracomment>Window title; %1 is the name of a virtual machine</extracomment>
        <translation>迁移 %1 — QVirt</translation>
    </message>
    <message>
        <source>%1 runs on %2. It keeps running while it moves to the destination host.</source>
        <translation>%1 正在 %2 上运行。迁移到目标主机期间，它将保持运行。</translation>
    </message>
    <message>
        <source>%1 is shut off on %2. Its definition moves to the destination host, and its disks too if you copy them.</source>
        <translation>%1 在 %2 上处于关机状态。其定义将迁移到目标主机；如果选择复制磁盘，磁盘也会一并迁移。</translation>
    </message>
    <message>
        <source>Destination host:</source>
        <translation>目标主机：</translation>
    </message>
    <message>
        <source>No other host is connected. Connect to the destination host first (File ▸ Add Connection…).</source>
        <translation>未连接其他主机。请先连接到目标主机（文件 ▸ 添加连接…）。</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Both hosts share the disks (NFS, iSCSI, Ceph…)</source>
        <translation>两台主机共享磁盘（NFS、iSCSI、Ceph…）</translation>
    </message>
    <message>
        <source>Copy every disk to the destination host</source>
        <translation>将所有磁盘复制到目标主机</translation>
    </message>
    <message>
        <source>Copy only the top layer of each disk (its backing files are on the destination already)</source>
        <translation>仅复制每个磁盘的顶层（其后备文件已在目标主机上）</translation>
    </message>
    <message>
        <source>Create storage pools on the destination for folders it has none for</source>
        <translation>为目标主机上尚无存储池的文件夹创建存储池</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Directly between the hosts (fastest)</source>
        <translation>主机之间直接传输（最快）</translation>
    </message>
    <message>
        <source>Through libvirt&apos;s connection (one port, encrypted when libvirt&apos;s is)</source>
        <translation>通过 libvirt 连接以隧道传输（仅用一个端口；libvirt 连接加密时同样加密）</translation>
    </message>
    <message>
        <source>The destination connection&apos;s address</source>
        <translation>目标连接的地址</translation>
    </message>
    <message>
        <source>When tunnelled, the source host&apos;s libvirt connects to the destination itself. Give the address it reaches it by, if it differs from this connection&apos;s.</source>
        <translation>使用隧道传输时，源主机上的 libvirt 会自行连接到目标主机。如果源主机访问目标主机所用的地址与此连接的地址不同，请在此填写该地址。</translation>
    </message>
    <message>
        <source>Destination as the source host reaches it:</source>
        <translation>源主机访问目标主机的地址：</translation>
    </message>
    <message>
        <source>Keep the virtual machine defined on the destination after it stops</source>
        <translation>虚拟机停止后，仍在目标主机上保留其定义</translation>
    </message>
    <message>
        <source>Keep its definition on this host too</source>
        <translation>同时在此主机上保留其定义</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <extracomment>Bandwidth limit of a migration in mebibytes per second</extracomment>
        <translation> MiB/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>Shown in the bandwidth box when it is 0</extracomment>
        <translation>不限制</translation>
    </message>
    <message>
        <source>Bandwidth limit:</source>
        <translation>带宽限制：</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>Milliseconds</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>libvirt&apos;s default</source>
        <extracomment>Shown in the longest-pause box when it is 0</extracomment>
        <translation>libvirt 默认值</translation>
    </message>
    <message>
        <source>Longest pause of the guest:</source>
        <translation>客户机最长暂停时间：</translation>
    </message>
    <message>
        <source>Slow the guest down if its memory changes faster than it can move (auto-converge)</source>
        <translation>客户机内存变化速度超过迁移速度时，降低客户机运行速度（自动收敛，auto-converge）</translation>
    </message>
    <message>
        <source>Run it on the destination after the first pass; the rest of its memory follows (post-copy)</source>
        <translation>第一轮复制后即在目标主机上运行，其余内存随后传输（后拷贝，post-copy）</translation>
    </message>
    <message>
        <source>If either host or the link between them fails during post-copy, the guest is lost. Both hosts need QEMU with userfaultfd.</source>
        <translation>后拷贝期间，如果任一主机或两者之间的链路发生故障，客户机将会丢失。两台主机都需要支持 userfaultfd 的 QEMU。</translation>
    </message>
    <message>
        <source>Move even where libvirt cannot tell that the disks are shared (unsafe)</source>
        <translation>即使 libvirt 无法确认磁盘是否共享，也进行迁移（不安全）</translation>
    </message>
    <message>
        <source>Migration progress</source>
        <translation>迁移进度</translation>
    </message>
    <message>
        <source>Switch to Post-Copy</source>
        <translation>切换到后拷贝</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A destination host in the migrate dialog: %1 its name, %2 its connection URI</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The definition of %1 could not be read: %2</source>
        <translation>无法读取 %1 的定义：%2</translation>
    </message>
    <message>
        <source>Both hosts need QEMU for this.</source>
        <translation>此功能要求两台主机都使用 QEMU。</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>将复制：%1</translation>
    </message>
    <message>
        <source>Used where they are (both hosts must reach them): %1</source>
        <translation>就地使用（两台主机都必须能访问）：%1</translation>
    </message>
    <message>
        <source>Its UEFI variables (NVRAM) stay on this host; the destination starts with fresh ones unless the file is there too.</source>
        <translation>其 UEFI 变量（NVRAM）保留在此主机上；除非目标主机上也有该文件，否则虚拟机在目标主机上将以全新的 UEFI 变量启动。</translation>
    </message>
    <message>
        <source>%1 cannot move while it runs: host devices are passed through to it (%2), and their state cannot move with it. Shut it down and move it offline, or remove the devices from it first.</source>
        <translation>%1 运行时无法迁移：有主机设备直通给它（%2），而这些设备的状态无法随之迁移。请将其关机后离线迁移，或先从中移除这些设备。</translation>
    </message>
    <message>
        <source>Preparing the move of %1 to %2…</source>
        <translation>正在准备将 %1 迁移到 %2…</translation>
    </message>
    <message>
        <source>Checking both hosts and preparing the disks on the destination…</source>
        <translation>正在检查两台主机并在目标主机上准备磁盘…</translation>
    </message>
    <message>
        <source>Copying the disks: %1 of %2.</source>
        <translation>正在复制磁盘：已复制 %1，共 %2。</translation>
    </message>
    <message>
        <source>Moving memory: %1 of %2 moved, %3 left.</source>
        <translation>正在迁移内存：已迁移 %1，共 %2，剩余 %3。</translation>
    </message>
    <message>
        <source>Starting the move…</source>
        <translation>正在开始迁移…</translation>
    </message>
    <message>
        <source>Post-copy: %1 runs on the destination; %2 of its memory still follows. The move cannot be cancelled now.</source>
        <translation>后拷贝：%1 已在目标主机上运行，其内存还有 %2 正在传输。现在无法取消迁移。</translation>
    </message>
    <message>
        <source>Finishing on the destination…</source>
        <translation>正在目标主机上完成迁移…</translation>
    </message>
    <message>
        <source>The guest changes %1 of memory a second; pass %2.</source>
        <extracomment>%1 is an amount of data such as &quot;12.5 MiB&quot;, %2 a number of passes</extracomment>
        <translation>客户机内存每秒变化 %1；第 %2 轮。</translation>
    </message>
    <message>
        <source>Transfer rate: %1 a second.</source>
        <translation>传输速率：每秒 %1。</translation>
    </message>
    <message>
        <source>The move was cancelled. %1 is on this host, as it was.</source>
        <translation>迁移已取消。%1 仍在此主机上，保持原样。</translation>
    </message>
    <message>
        <source>%1 is now on the destination host.</source>
        <translation>%1 已迁移到目标主机。</translation>
    </message>
    <message>
        <source>Storage pools made there: %1.</source>
        <translation>已在目标主机上创建的存储池：%1。</translation>
    </message>
    <message>
        <source>Its disk images stay on this host; delete them when it runs well there: %1</source>
        <translation>其磁盘映像仍保留在此主机上；确认它在目标主机上运行正常后即可删除：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancelling the move of %1…</source>
        <translation>正在取消 %1 的迁移…</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>%1 can be moved only while it runs, is paused or is shut off. Start it or shut it down first.</source>
        <translation>%1 只有在运行、暂停或关机状态下才能迁移。请先将其启动或关机。</translation>
    </message>
    <message>
        <source>%1 cannot move while it runs: host devices are passed through to it (%2), and their state cannot move with it. Shut it down and move it offline, or remove the devices from it first.</source>
        <translation>%1 运行时无法迁移：有主机设备直通给它（%2），而这些设备的状态无法随之迁移。请将其关机后离线迁移，或先从中移除这些设备。</translation>
    </message>
    <message>
        <source>The source and the destination are the same host (host UUID %1). Choose a connection to another host.</source>
        <translation>源主机和目标主机是同一台主机（主机 UUID %1）。请选择指向另一台主机的连接。</translation>
    </message>
    <message>
        <source>The destination host already has a virtual machine named %1. Rename one of them first.</source>
        <translation>目标主机上已有名为 %1 的虚拟机。请先重命名其中一台。</translation>
    </message>
    <message>
        <source>The destination host already has a virtual machine with the UUID of %1 (%2).</source>
        <translation>目标主机上已有一台与 %1 的 UUID 相同的虚拟机（%2）。</translation>
    </message>
    <message>
        <source>The destination host has no storage pool for the folder %1, so the disks cannot be created there. Add the folder as a storage pool on that host, or let QVirt create one.</source>
        <translation>目标主机上没有对应文件夹 %1 的存储池，因此无法在那里创建磁盘。请在该主机上将此文件夹添加为存储池，或让 QVirt 创建一个。</translation>
    </message>
    <message>
        <source>The destination host already has a file at %1. QVirt does not overwrite it: move or delete it there, or choose shared storage.</source>
        <translation>目标主机上的 %1 处已有文件。QVirt 不会覆盖它：请在目标主机上移走或删除该文件，或选择共享存储。</translation>
    </message>
    <message>
        <source>The destination host made the disk at %1 instead of %2.</source>
        <translation>目标主机将磁盘创建在了 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>Copying only the top layer of %1 needs its backing file %2 on the destination host, and it is not there (in a storage pool). Copy the whole disks instead, or copy the backing file there first.</source>
        <translation>仅复制 %1 的顶层需要目标主机上（某个存储池中）已有其后备文件 %2，但目标主机上没有。请改为复制完整磁盘，或先将该后备文件复制到目标主机。</translation>
    </message>
    <message>
        <source>%1 is in no storage pool on the source host, so libvirt cannot read it there. Add its folder as a storage pool on that host, or choose shared storage.</source>
        <translation>%1 不在源主机的任何存储池中，因此 libvirt 无法在源主机上读取它。请在该主机上将其所在文件夹添加为存储池，或选择共享存储。</translation>
    </message>
    <message>
        <source>The move was cancelled.</source>
        <translation>迁移已取消。</translation>
    </message>
    <message>
        <source>The longest pause for %1 could not be set: %2</source>
        <translation>无法为 %1 设置最长暂停时间：%2</translation>
    </message>
    <message>
        <source>%1 could not be moved to %2: libvirt cannot tell that both hosts share its disks (%3). Copy the storage, or, if the disks really are shared, allow an unsafe move.</source>
        <translation>无法将 %1 迁移到 %2：libvirt 无法确认两台主机共享其磁盘（%3）。请复制存储；如果磁盘确实是共享的，也可以允许不安全的迁移。</translation>
    </message>
    <message>
        <source>%1 could not be moved to %2, and it still runs on the source host: %3</source>
        <translation>无法将 %1 迁移到 %2，它仍在源主机上运行：%3</translation>
    </message>
    <message>
        <source>%1 could not be moved to %2, and it is still on the source host: %3</source>
        <translation>无法将 %1 迁移到 %2，它仍在源主机上：%3</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network and display</source>
        <translation>网络和图形显示</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Display (VNC)</source>
        <translation>图形显示（VNC）</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>连接到(&amp;C)：</translation>
    </message>
    <message>
        <source>Device &amp;model:</source>
        <translation>设备型号(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation>MAC 地址(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>监听地址(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Video:</source>
        <translation>显卡(&amp;V)：</translation>
    </message>
    <message>
        <source>Chosen by libvirt</source>
        <translation>由 libvirt 选择</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>This host only (127.0.0.1; reach it through QVirt or an SSH tunnel)</source>
        <translation>仅限本主机（127.0.0.1；通过 QVirt 或 SSH 隧道访问）</translation>
    </message>
    <message>
        <source>Every network interface of the host (0.0.0.0)</source>
        <translation>主机的所有网络接口（0.0.0.0）</translation>
    </message>
    <message>
        <source>&amp;Start this network now and whenever the host starts</source>
        <translation>立即启动此网络，并在主机启动时自动启动(&amp;S)</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>隔离</translation>
    </message>
    <message>
        <source>Virtual network %1 (%2)</source>
        <translation>虚拟网络 %1（%2）</translation>
    </message>
    <message>
        <source>Virtual network %1 (%2, inactive)</source>
        <translation>虚拟网络 %1（%2，未激活）</translation>
    </message>
    <message>
        <source>Host bridge %1</source>
        <translation>主机网桥 %1</translation>
    </message>
    <message>
        <source>Macvtap on %1 (the host itself cannot reach the VM)</source>
        <translation>%1 上的 Macvtap（主机本身无法访问该虚拟机）</translation>
    </message>
    <message>
        <source>User-mode networking (no setup on the host; slower)</source>
        <translation>用户模式网络（无需在主机上设置；速度较慢）</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>无网络</translation>
    </message>
    <message>
        <source>The network %1 is not running: the VM cannot start until it is.</source>
        <translation>网络 %1 未在运行：在它启动之前，虚拟机无法启动。</translation>
    </message>
    <message>
        <source>Anyone who can reach the host can see and use this VM&apos;s screen. Set a password, or listen on this host only.</source>
        <translation>任何能访问该主机的人都能查看并操作此虚拟机的画面。请设置密码，或仅在本主机上监听。</translation>
    </message>
    <message>
        <source>The MAC address must be six pairs of hexadecimal digits, such as 52:54:00:12:34:56, or empty.</source>
        <translation>MAC 地址必须是六组两位十六进制数字（如 52:54:00:12:34:56），或留空。</translation>
    </message>
</context>
<context>
    <name>Networks</name>
    <message>
        <source>The host&apos;s networks could not be listed.</source>
        <translation>无法列出主机的网络。</translation>
    </message>
    <message>
        <source>The network could not be defined.</source>
        <translation>无法定义网络。</translation>
    </message>
    <message>
        <source>The network %1 was defined but could not be started: %2</source>
        <translation>网络 %1 已定义，但无法启动：%2</translation>
    </message>
    <message>
        <source>The network %1 was defined, but starting it with the host could not be set: %2</source>
        <translation>网络 %1 已定义，但无法将其设置为随主机启动：%2</translation>
    </message>
    <message>
        <source>The definition names the UUID %1, but this network&apos;s UUID is %2. Saving it would define a second network; put back the UUID %2.</source>
        <translation>定义中的 UUID 为 %1，但此网络的 UUID 是 %2。保存后会定义出第二个网络；请改回 UUID %2。</translation>
    </message>
    <message>
        <source>The definition names the network &quot;%1&quot;, but it is called &quot;%2&quot;. A network cannot be renamed through its definition: put back the name &quot;%2&quot;, or make a new network.</source>
        <translation>定义中的网络名称为“%1”，但该网络名为“%2”。无法通过定义重命名网络：请改回名称“%2”，或新建一个网络。</translation>
    </message>
    <message>
        <source>This host&apos;s libvirt does not report its interfaces: %1</source>
        <translation>此主机的 libvirt 不提供其接口信息：%1</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>Isolated</source>
        <extracomment>Forward mode of a virtual network: no forwarding, guests and host only</extracomment>
        <translation>隔离</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Routed</source>
        <extracomment>Forward mode of a virtual network</extracomment>
        <translation>路由</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Forward mode of a virtual network: routed without firewall rules</extracomment>
        <translation>开放</translation>
    </message>
    <message>
        <source>Bridged</source>
        <extracomment>Forward mode of a virtual network: guests on an existing host bridge</extracomment>
        <translation>桥接</translation>
    </message>
    <message>
        <source>SR-IOV pool</source>
        <extracomment>Forward mode of a virtual network: a pool of SR-IOV virtual functions</extracomment>
        <translation>SR-IOV 池</translation>
    </message>
    <message>
        <source>The host&apos;s virtual networks could not be listed: %1</source>
        <translation>无法列出主机的虚拟网络：%1</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>State of a virtual network</extracomment>
        <translation>活动</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>未激活</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Whether a network starts with the host</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A DHCP range: %1 the first address, %2 the last</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>No network is selected.</source>
        <translation>未选择网络。</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Starts with the host:</source>
        <translation>随主机启动：</translation>
    </message>
    <message>
        <source>Persistent:</source>
        <extracomment>Row label: whether the network has a persistent definition</extracomment>
        <translation>持久性：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Bridge:</source>
        <translation>网桥：</translation>
    </message>
    <message>
        <source>IPv4 address:</source>
        <translation>IPv4 地址：</translation>
    </message>
    <message>
        <source>DHCP range:</source>
        <translation>DHCP 范围：</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Forward device:</source>
        <translation>转发设备：</translation>
    </message>
    <message>
        <source>Physical function:</source>
        <translation>物理功能：</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID：</translation>
    </message>
    <message>
        <source>DHCP leases (the network is not running)</source>
        <translation>DHCP 租约（网络未运行）</translation>
    </message>
    <message>
        <source>&amp;DHCP leases</source>
        <translation>DHCP 租约(&amp;D)</translation>
    </message>
    <message>
        <source>The DHCP leases of %1 could not be read: %2</source>
        <translation>无法读取 %1 的 DHCP 租约：%2</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Expiry of a DHCP lease that never expires</extracomment>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>&amp;DHCP leases: none</source>
        <translation>DHCP 租约(&amp;D)：无</translation>
    </message>
    <message>
        <source>Virtual Networks</source>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>Check the network&apos;s definition on its XML tab and the host&apos;s libvirt log.</source>
        <translation>请检查该网络在 XML 标签页中的定义以及主机的 libvirt 日志。</translation>
    </message>
    <message>
        <source>The network %1 could not be started.</source>
        <translation>无法启动网络 %1。</translation>
    </message>
    <message>
        <source>Stop Network</source>
        <translation>停止网络</translation>
    </message>
    <message>
        <source>Stop the network %1? Running VMs on it lose their connection until it is started again.</source>
        <translation>要停止网络 %1 吗？连接到该网络的运行中虚拟机将断开连接，直到网络重新启动。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>The network %1 could not be stopped.</source>
        <translation>无法停止网络 %1。</translation>
    </message>
    <message>
        <source>Delete the network %1? It is stopped and its definition removed; this cannot be undone.</source>
        <translation>要删除网络 %1 吗？该网络将被停止并移除其定义；此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete the network %1? These VMs have an interface on it and will not start until they are moved to another network: %2. It is stopped and its definition removed; this cannot be undone.</source>
        <translation>要删除网络 %1 吗？以下虚拟机有接口连接到该网络，在改接到其他网络之前将无法启动：%2。该网络将被停止并移除其定义；此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete Network</source>
        <translation>删除网络</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>The network %1 could not be deleted.</source>
        <translation>无法删除网络 %1。</translation>
    </message>
    <message>
        <source>The network %1 could not be set to start with the host.</source>
        <translation>无法将网络 %1 设置为随主机启动。</translation>
    </message>
    <message>
        <source>The network %1 could not be kept from starting with the host.</source>
        <translation>无法取消网络 %1 的随主机启动。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Autostart</source>
        <extracomment>Column: starts with the host</extracomment>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Persistent</source>
        <extracomment>Column: has a persistent definition</extracomment>
        <translation>持久</translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>Column: forward mode</extracomment>
        <translation>模式</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4 地址</translation>
    </message>
    <message>
        <source>DHCP range</source>
        <translation>DHCP 范围</translation>
    </message>
    <message>
        <source>Forward device</source>
        <extracomment>Column: the host NIC a network forwards to</extracomment>
        <translation>转发设备</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Expires</source>
        <extracomment>Column: when a DHCP lease expires</extracomment>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <extracomment>Button: start the selected virtual network</extracomment>
        <translation>启动(&amp;T)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <extracomment>Button: stop the selected virtual network</extracomment>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Start with the &amp;host</source>
        <translation>随主机启动(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Virtual networks</source>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>DHCP leases</source>
        <translation>DHCP 租约</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Tab of the virtual network details</extracomment>
        <translation>详细信息</translation>
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
        <translation>通过 DHCP 分配地址(&amp;D)</translation>
    </message>
    <message>
        <source>Start the network &amp;now</source>
        <translation>立即启动网络(&amp;N)</translation>
    </message>
    <message>
        <source>Start the network &amp;with the host</source>
        <translation>随主机启动网络(&amp;W)</translation>
    </message>
    <message>
        <source>New Virtual Network</source>
        <translation>新建虚拟网络</translation>
    </message>
    <message>
        <source>automatic (virbrN)</source>
        <extracomment>Placeholder of the bridge name field: libvirt picks a free virbrN when it is left empty</extracomment>
        <translation>自动（virbrN）</translation>
    </message>
    <message>
        <source>IPv4 network address</source>
        <translation>IPv4 网络地址</translation>
    </message>
    <message>
        <source>IPv4 prefix length</source>
        <translation>IPv4 前缀长度</translation>
    </message>
    <message>
        <source>First address handed out by DHCP</source>
        <translation>DHCP 分配的起始地址</translation>
    </message>
    <message>
        <source>Last address handed out by DHCP</source>
        <translation>DHCP 分配的结束地址</translation>
    </message>
    <message>
        <source>NAT (guests reach the outside through the host&apos;s address)</source>
        <extracomment>Network mode: guests reach outside through the host&apos;s address (masquerading)</extracomment>
        <translation>NAT（客户机通过主机的地址访问外部网络）</translation>
    </message>
    <message>
        <source>Routed (the host routes the guests&apos; own addresses)</source>
        <translation>路由（由主机路由客户机自己的地址）</translation>
    </message>
    <message>
        <source>Isolated (guests and the host only)</source>
        <translation>隔离（仅限客户机与主机之间）</translation>
    </message>
    <message>
        <source>Open (routed, without firewall rules from libvirt)</source>
        <translation>开放（路由，libvirt 不添加防火墙规则）</translation>
    </message>
    <message>
        <source>Bridged to an existing host bridge</source>
        <translation>桥接到现有的主机网桥</translation>
    </message>
    <message>
        <source>SR-IOV pool of virtual functions</source>
        <translation>由虚拟功能组成的 SR-IOV 池</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Bridge name:</source>
        <translation>网桥名称(&amp;B)：</translation>
    </message>
    <message>
        <source>Host &amp;bridge:</source>
        <translation>主机网桥(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Forward to:</source>
        <extracomment>The host NIC NAT or routed traffic leaves by</extracomment>
        <translation>转发到(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Physical function:</source>
        <extracomment>The SR-IOV physical function whose virtual functions make the pool</extracomment>
        <translation>物理功能(&amp;P)：</translation>
    </message>
    <message>
        <source>IPv4 &amp;network:</source>
        <translation>IPv4 网络(&amp;N)：</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the first and last address of a DHCP range</extracomment>
        <translation>至</translation>
    </message>
    <message>
        <source>DHCP range:</source>
        <translation>DHCP 范围：</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Any interface</source>
        <translation>任意接口</translation>
    </message>
    <message>
        <source>%1 (%2 virtual functions)</source>
        <extracomment>%1 an interface name, %2 how many virtual functions it has</extracomment>
        <translation>%1（%2 个虚拟功能）</translation>
    </message>
    <message>
        <source>Give the network a name.</source>
        <translation>请为网络命名。</translation>
    </message>
    <message>
        <source>A network called &quot;%1&quot; exists already; choose another name.</source>
        <translation>名为“%1”的网络已存在；请选择其他名称。</translation>
    </message>
    <message>
        <source>Choose the host bridge the network puts guests on. The Interfaces page shows how to make one.</source>
        <translation>请选择该网络将客户机接入的主机网桥。“接口”页面介绍了如何创建网桥。</translation>
    </message>
    <message>
        <source>Choose or type the SR-IOV network card (physical function) whose virtual functions make the pool.</source>
        <translation>请选择或输入 SR-IOV 网卡（物理功能），其虚拟功能将组成该池。</translation>
    </message>
    <message>
        <source>Type an IPv4 network such as 192.168.100.0 with its prefix length.</source>
        <translation>请输入 IPv4 网络（如 192.168.100.0）及其前缀长度。</translation>
    </message>
    <message>
        <source>The network %1/%2 overlaps the network &quot;%3&quot; (%4/%5); guests could not reach both. Choose another network.</source>
        <extracomment>%1/%2 the new network, %3 the other network&apos;s name, %4/%5 its address and prefix</extracomment>
        <translation>网络 %1/%2 与网络“%3”（%4/%5）重叠；客户机将无法同时访问两者。请选择其他网络。</translation>
    </message>
    <message>
        <source>The network %1/%2 overlaps the host&apos;s address %3 on %4. Choose another network.</source>
        <translation>网络 %1/%2 与主机在 %4 上的地址 %3 重叠。请选择其他网络。</translation>
    </message>
    <message>
        <source>The DHCP range must be two addresses of the network %1/%2, the first not after the last.</source>
        <translation>DHCP 范围必须是网络 %1/%2 中的两个地址，且起始地址不能大于结束地址。</translation>
    </message>
    <message>
        <source>The network %1/%2 overlaps no other network of this host.</source>
        <translation>网络 %1/%2 与此主机上的其他网络均不重叠。</translation>
    </message>
    <message>
        <source>The network %1 could not be made.</source>
        <translation>无法创建网络 %1。</translation>
    </message>
    <message>
        <source>Check the fields (a bridge name in use, a subnet taken) and try again.</source>
        <translation>请检查各字段（网桥名称是否已被使用、子网是否已被占用）后重试。</translation>
    </message>
</context>
<context>
    <name>NewPoolDialog</name>
    <message>
        <source>Start the pool now</source>
        <translation>立即启动存储池</translation>
    </message>
    <message>
        <source>Start the pool with the host</source>
        <translation>随主机启动存储池</translation>
    </message>
    <message>
        <source>New Storage Pool</source>
        <translation>新建存储池</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>server.example.com</source>
        <extracomment>Placeholder: the name or address of an NFS or iSCSI server</extracomment>
        <translation>server.example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Target &amp;path:</source>
        <translation>目标路径(&amp;P)：</translation>
    </message>
    <message>
        <source>Source &amp;host:</source>
        <extracomment>Field of a network pool: the server that exports the storage</extracomment>
        <translation>源主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Source &amp;folder:</source>
        <extracomment>Field of a netfs pool: the exported folder on the server</extracomment>
        <translation>源文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Source &amp;device:</source>
        <extracomment>Field of a pool: the block device (or iSCSI target IQN) that holds it</extracomment>
        <translation>源设备(&amp;D)：</translation>
    </message>
    <message>
        <source>Source na&amp;me:</source>
        <extracomment>Field of a logical pool: the volume group; of rbd/gluster: the pool or volume name</extracomment>
        <translation>源名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Source f&amp;ormat:</source>
        <extracomment>Field of fs/netfs/disk pools: the file system or partition table format</extracomment>
        <translation>源格式(&amp;O)：</translation>
    </message>
    <message>
        <source>iqn.2024-01.com.example:target</source>
        <extracomment>Placeholder of the source device field of an iSCSI pool</extracomment>
        <translation>iqn.2024-01.com.example:target</translation>
    </message>
    <message>
        <source>Give the pool a name.</source>
        <translation>请为存储池命名。</translation>
    </message>
    <message>
        <source>Give the folder on the host where the pool&apos;s volumes are kept, as an absolute path.</source>
        <translation>请以绝对路径指定主机上存放该存储池中卷的文件夹。</translation>
    </message>
    <message>
        <source>Give the server that holds the storage.</source>
        <translation>请指定提供存储的服务器。</translation>
    </message>
    <message>
        <source>Give the folder the server exports.</source>
        <translation>请指定服务器导出的文件夹。</translation>
    </message>
    <message>
        <source>Give the block device that holds the file system.</source>
        <translation>请指定包含该文件系统的块设备。</translation>
    </message>
    <message>
        <source>Give the volume group&apos;s name, or a device to make it on.</source>
        <translation>请指定卷组名称，或用于创建卷组的设备。</translation>
    </message>
</context>
<context>
    <name>NewVmWizard</name>
    <message>
        <source>New VM on %1</source>
        <translation>在 %1 上新建虚拟机</translation>
    </message>
    <message>
        <source>New VM</source>
        <translation>新建虚拟机</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>The VM could not be created.</source>
        <translation>无法创建虚拟机。</translation>
    </message>
    <message>
        <source>QVirt does not know where the installer&apos;s kernel is in the tree %1.</source>
        <translation>QVirt 不知道安装树 %1 中安装程序内核的位置。</translation>
    </message>
    <message>
        <source>Let QVirt detect the operating system from the tree (check the URL), or install from an ISO image.</source>
        <translation>请让 QVirt 从安装树检测操作系统（检查 URL），或改用 ISO 映像安装。</translation>
    </message>
    <message>
        <source>Downloading the installer&apos;s kernel…</source>
        <translation>正在下载安装程序的内核…</translation>
    </message>
    <message>
        <source>The installer&apos;s kernel could not be downloaded.</source>
        <translation>无法下载安装程序的内核。</translation>
    </message>
    <message>
        <source>Check the URL and that this computer can reach it.</source>
        <translation>请检查 URL，并确认本机能够访问它。</translation>
    </message>
    <message>
        <source>A network install needs a storage pool on the host to hold the installer&apos;s kernel, and this host has none.</source>
        <translation>网络安装需要主机上有一个存储池来存放安装程序的内核，而此主机没有任何存储池。</translation>
    </message>
    <message>
        <source>Create the default pool on the Storage page, then try again.</source>
        <translation>请在“存储”页面上创建默认存储池，然后重试。</translation>
    </message>
    <message>
        <source>Creating the VM…</source>
        <translation>正在创建虚拟机…</translation>
    </message>
    <message>
        <source>Your choices are kept: change what the message names and press Create again.</source>
        <translation>您的选择已保留：请修改消息中指出的内容，然后再次点击“创建”。</translation>
    </message>
    <message>
        <source>The VM %1 was created but could not be started.</source>
        <translation>虚拟机 %1 已创建，但无法启动。</translation>
    </message>
    <message>
        <source>The VM %1 was created and its disk %2 is kept, but the VM could not be started.</source>
        <translation>虚拟机 %1 已创建，其磁盘 %2 也已保留，但虚拟机无法启动。</translation>
    </message>
    <message>
        <source>Fix what the message names (in the VM&apos;s Hardware page if needed) and start the VM from the list.</source>
        <translation>请修正消息中指出的问题（必要时在虚拟机的“硬件”页面中修改），然后从列表中启动虚拟机。</translation>
    </message>
    <message>
        <source>The network %1 could not be started.</source>
        <translation>无法启动网络 %1。</translation>
    </message>
    <message>
        <source>Choose another network, or start this one from the host&apos;s settings.</source>
        <translation>请选择其他网络，或在主机设置中启动此网络。</translation>
    </message>
</context>
<context>
    <name>NewVolumeDialog</name>
    <message>
        <source>Create it as an overlay on an existing volume</source>
        <translation>创建为现有卷之上的覆盖文件</translation>
    </message>
    <message>
        <source>New Volume in %1</source>
        <translation>在 %1 中新建卷</translation>
    </message>
    <message>
        <source>Backing volume</source>
        <translation>后备卷</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source> GiB</source>
        <extracomment>Unit after the size of a new volume</extracomment>
        <translation> GiB</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C)：</translation>
    </message>
    <message>
        <source>Give the volume a name.</source>
        <translation>请为卷命名。</translation>
    </message>
    <message>
        <source>A volume&apos;s name cannot contain &quot;/&quot;.</source>
        <translation>卷名称不能包含“/”。</translation>
    </message>
    <message>
        <source>The pool already has a volume named %1.</source>
        <translation>该存储池中已有名为 %1 的卷。</translation>
    </message>
    <message>
        <source>The pool has %1 free: the volume can be made, but the guest cannot fill it.</source>
        <translation>该存储池仅有 %1 可用空间：可以创建该卷，但客户机无法将其写满。</translation>
    </message>
</context>
<context>
    <name>NicForm</name>
    <message>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>主机网桥</translation>
    </message>
    <message>
        <source>Host interface (macvtap)</source>
        <translation>主机接口（macvtap）</translation>
    </message>
    <message>
        <source>User mode (no host setup)</source>
        <translation>用户模式（无需设置主机）</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>源：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>型号：</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC 地址：</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>链路：</translation>
    </message>
    <message>
        <source>Connected (the guest sees a cable plugged in)</source>
        <translation>已连接（客户机看到网线已插入）</translation>
    </message>
    <message>
        <source>Enter the network, bridge or host interface the network interface connects to.</source>
        <translation>请输入该网络接口要连接的网络、网桥或主机接口。</translation>
    </message>
    <message>
        <source>Change the network interface %1.</source>
        <translation>更改网络接口 %1。</translation>
    </message>
</context>
<context>
    <name>NodeDevices</name>
    <message>
        <source>The host has no device %1.</source>
        <translation>主机上没有设备 %1。</translation>
    </message>
    <message>
        <source>%1 could not be bound to vfio-pci: %2
Make sure the vfio-pci module is loaded and no host program uses the device; a graphics card that shows the host&apos;s console must first be freed from its display driver.</source>
        <translation>无法将 %1 绑定到 vfio-pci：%2
请确认 vfio-pci 模块已加载，且没有主机程序正在使用该设备；用于显示主机控制台的显卡必须先从其显示驱动中释放。</translation>
    </message>
    <message>
        <source>%1 could not be given back to its host driver: %2
A running VM that uses it must be shut down first.</source>
        <translation>无法将 %1 归还给其主机驱动：%2
必须先关闭正在使用它的虚拟机。</translation>
    </message>
    <message>
        <source>The device could not be created.</source>
        <translation>无法创建设备。</translation>
    </message>
    <message>
        <source>The device %1 could not be removed.</source>
        <translation>无法移除设备 %1。</translation>
    </message>
</context>
<context>
    <name>OfflineMerge</name>
    <message>
        <source>qemu-img could not be started. Install the qemu-utils package on this host.</source>
        <translation>无法启动 qemu-img。请在此主机上安装 qemu-utils 软件包。</translation>
    </message>
    <message>
        <source>qemu-img did not finish within six hours and was stopped.</source>
        <translation>qemu-img 在六小时内未完成，已被停止。</translation>
    </message>
    <message>
        <source>qemu-img failed: %1</source>
        <extracomment>%1 is qemu-img&apos;s own error message (English), e.g. &quot;Could not open &apos;base.qcow2&apos;: Permission denied&quot;</extracomment>
        <translation>qemu-img 执行失败：%1</translation>
    </message>
    <message>
        <source>This layer has no image below it to merge into.</source>
        <translation>此层下方没有可供合并的映像。</translation>
    </message>
    <message>
        <source>The images were merged, but %1 could not be deleted: %2</source>
        <translation>映像已合并，但无法删除 %1：%2</translation>
    </message>
    <message>
        <source>There is no backing image to pull into the active layer.</source>
        <translation>没有可拉取到活动层中的后备映像。</translation>
    </message>
</context>
<context>
    <name>OsDatabase</name>
    <message>
        <source>Unknown operating system</source>
        <translation>未知操作系统</translation>
    </message>
    <message numerus="yes">
        <source>Reading the ISO image %1 took longer than %n second(s). Check that the disk holding it answers, or choose the operating system from the list.</source>
        <translation>
            <numerusform>读取 ISO 映像 %1 的时间超过了 %n 秒。请检查存放它的磁盘是否有响应，或从列表中选择操作系统。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ISO image %1 does not exist. Choose an existing image or the operating system from the list.</source>
        <translation>ISO 映像 %1 不存在。请选择一个现有映像，或从列表中选择操作系统。</translation>
    </message>
    <message>
        <source>The operating system database (osinfo-db) could not be loaded. Install the osinfo-db package, or choose the operating system from the list.</source>
        <translation>无法加载操作系统数据库（osinfo-db）。请安装 osinfo-db 软件包，或从列表中选择操作系统。</translation>
    </message>
    <message>
        <source>QVirt could not read %1 as an ISO image: %2. Check that the file is a complete CD or DVD image, or choose the operating system from the list.</source>
        <translation>QVirt 无法将 %1 作为 ISO 映像读取：%2。请检查该文件是否为完整的 CD 或 DVD 映像，或从列表中选择操作系统。</translation>
    </message>
    <message>
        <source>The ISO image %1 was not recognised as any operating system QVirt knows. Choose the operating system from the list.</source>
        <translation>ISO 映像 %1 未被识别为 QVirt 已知的任何操作系统。请从列表中选择操作系统。</translation>
    </message>
    <message numerus="yes">
        <source>Reading the install tree at %1 took longer than %n second(s). Check the address and the network, or choose the operating system from the list.</source>
        <translation>
            <numerusform>读取位于 %1 的安装树的时间超过了 %n 秒。请检查地址和网络，或从列表中选择操作系统。</numerusform>
        </translation>
    </message>
    <message>
        <source>QVirt could not read the install tree at %1: %2. Check the address; trees without a .treeinfo file (Debian, Ubuntu) are not recognised, so choose the operating system from the list for them.</source>
        <translation>QVirt 无法读取位于 %1 的安装树：%2。请检查地址；没有 .treeinfo 文件的安装树（Debian、Ubuntu）无法被识别，对于这类系统请从列表中选择操作系统。</translation>
    </message>
    <message>
        <source>The install tree at %1 was not recognised as any operating system QVirt knows. Choose the operating system from the list.</source>
        <translation>位于 %1 的安装树未被识别为 QVirt 已知的任何操作系统。请从列表中选择操作系统。</translation>
    </message>
</context>
<context>
    <name>OverviewForm</name>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Machine type:</source>
        <translation>机器类型：</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>固件：</translation>
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
        <translation>直通 PCI 设备时无法进行实时迁移：这些设备无法随虚拟机迁移到其他主机。请先关闭虚拟机再迁移，或先移除这些设备。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host devi&amp;ces passed through&lt;/b&gt;</source>
        <translation>&lt;b&gt;直通的主机设备(&amp;C)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>Column header of the VM&apos;s passed-through host devices</extracomment>
        <translation>设备</translation>
    </message>
    <message>
        <source>Host address</source>
        <translation>主机地址</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Add &amp;PCI Device…</source>
        <translation>添加 PCI 设备(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;SR-IOV Function…</source>
        <translation>添加 SR-IOV 功能(&amp;S)…</translation>
    </message>
    <message>
        <source>Add &amp;USB Device…</source>
        <translation>添加 USB 设备(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <extracomment>Button: detach the selected host device from the VM; the device stays on the host (this does not delete anything)</extracomment>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guest settings for passthrough&lt;/b&gt;</source>
        <translation>&lt;b&gt;用于直通的客户机设置&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Hide the hypervisor from the guest (fixes NVIDIA error 43)</source>
        <translation>对客户机隐藏虚拟机管理程序（解决 NVIDIA 错误 43）(&amp;H)</translation>
    </message>
    <message>
        <source>Adds &lt;kvm&gt;&lt;hidden state=&apos;on&apos;/&gt;&lt;/kvm&gt; and a Hyper-V vendor id, so the NVIDIA driver in the guest does not see that it runs in a VM.</source>
        <translation>添加 &lt;kvm&gt;&lt;hidden state=&apos;on&apos;/&gt;&lt;/kvm&gt; 和 Hyper-V 厂商 ID，使客户机中的 NVIDIA 驱动察觉不到自己运行在虚拟机中。</translation>
    </message>
    <message>
        <source>Hyper-V &amp;vendor id:</source>
        <translation>Hyper-V 厂商 ID(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>固件(&amp;F)：</translation>
    </message>
    <message>
        <source>BIOS (SeaBIOS)</source>
        <translation>BIOS（SeaBIOS）</translation>
    </message>
    <message>
        <source>UEFI (OVMF), which most passed-through graphics cards need</source>
        <translation>UEFI（OVMF），大多数直通显卡都需要</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <extracomment>Button: save the passthrough settings to the VM&apos;s configuration</extracomment>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>USB device</source>
        <translation>USB 设备</translation>
    </message>
    <message>
        <source>PCI device</source>
        <translation>PCI 设备</translation>
    </message>
    <message>
        <source>bus %1 device %2</source>
        <translation>总线 %1 设备 %2</translation>
    </message>
    <message>
        <source>USB</source>
        <extracomment>Details column of a passed-through USB device</extracomment>
        <translation>USB</translation>
    </message>
    <message>
        <source>network interface, MAC %1</source>
        <translation>网络接口，MAC %1</translation>
    </message>
    <message>
        <source>chosen by libvirt</source>
        <extracomment>Stands for the MAC address when libvirt picks one</extracomment>
        <translation>由 libvirt 选择</translation>
    </message>
    <message>
        <source>PCI, managed by libvirt</source>
        <translation>PCI，由 libvirt 管理</translation>
    </message>
    <message>
        <source>PCI, bound to vfio-pci by hand</source>
        <translation>PCI，已手动绑定到 vfio-pci</translation>
    </message>
    <message>
        <source>No host devices. Add a PCI device (a graphics card, a network card) or a USB device to pass it through.</source>
        <translation>没有主机设备。添加 PCI 设备（如显卡、网卡）或 USB 设备即可将其直通。</translation>
    </message>
    <message>
        <source>Changes here apply the next time the VM starts.</source>
        <translation>此处的更改将在虚拟机下次启动时生效。</translation>
    </message>
    <message>
        <source>Passthrough Settings</source>
        <translation>直通设置</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>无法保存设置。</translation>
    </message>
    <message>
        <source>Your choices are still on the page; correct them and apply again.</source>
        <translation>您的选择仍保留在页面上；请更正后再次应用。</translation>
    </message>
    <message>
        <source>Remove Host Device</source>
        <extracomment>Detach a host device from the VM; the device stays on the host (nothing is deleted)</extracomment>
        <translation>移除主机设备</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the VM? It stays on the host.</source>
        <translation>要从虚拟机中移除 %1（%2）吗？该设备仍保留在主机上。</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Confirmation button: detach the host device from the VM (nothing is deleted)</extracomment>
        <translation>移除</translation>
    </message>
    <message>
        <source>The device could not be removed.</source>
        <translation>无法移除该设备。</translation>
    </message>
    <message>
        <source>Host devices passed through</source>
        <translation>直通的主机设备</translation>
    </message>
    <message>
        <source>SR-IOV virtual function from a pool network</source>
        <translation>来自池网络的 SR-IOV 虚拟功能</translation>
    </message>
    <message>
        <source>network %1</source>
        <extracomment>Address column of an SR-IOV function taken from a pool network; %1 is the network name</extracomment>
        <translation>网络 %1</translation>
    </message>
</context>
<context>
    <name>PassthroughReadiness</name>
    <message>
        <source>IOMMU enabled</source>
        <extracomment>Title of a passthrough readiness check (shown with Ready / Needs fixing)</extracomment>
        <translation>IOMMU 已启用</translation>
    </message>
    <message numerus="yes">
        <source>%n IOMMU group(s) present.</source>
        <translation>
            <numerusform>存在 %n 个 IOMMU 组。</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel command line turns the IOMMU on, but there are no IOMMU groups: VT-d or AMD-Vi may be off in the firmware.</source>
        <translation>内核命令行已启用 IOMMU，但没有任何 IOMMU 组：固件中可能关闭了 VT-d 或 AMD-Vi。</translation>
    </message>
    <message>
        <source>There are no IOMMU groups and the kernel command line has neither intel_iommu=on nor amd_iommu=on.</source>
        <translation>没有任何 IOMMU 组，且内核命令行中既没有 intel_iommu=on 也没有 amd_iommu=on。</translation>
    </message>
    <message>
        <source>Enable VT-d (Intel) or AMD-Vi in the firmware, add intel_iommu=on (or amd_iommu=on) to GRUB_CMDLINE_LINUX in /etc/default/grub, regenerate the GRUB configuration (grub2-mkconfig -o … or update-grub) and reboot.</source>
        <translation>请在固件中启用 VT-d（Intel）或 AMD-Vi，在 /etc/default/grub 的 GRUB_CMDLINE_LINUX 中添加 intel_iommu=on（或 amd_iommu=on），重新生成 GRUB 配置（grub2-mkconfig -o … 或 update-grub），然后重启。</translation>
    </message>
    <message>
        <source>vfio-pci available</source>
        <extracomment>Title of a passthrough readiness check (shown with Ready / Needs fixing)</extracomment>
        <translation>vfio-pci 可用</translation>
    </message>
    <message>
        <source>The vfio-pci driver is loaded.</source>
        <translation>vfio-pci 驱动已加载。</translation>
    </message>
    <message>
        <source>The vfio-pci driver is not loaded.</source>
        <translation>vfio-pci 驱动未加载。</translation>
    </message>
    <message>
        <source>Load it with modprobe vfio-pci, and list it in /etc/modules-load.d/ so it loads at boot. libvirt also loads it when it detaches a device.</source>
        <translation>请使用 modprobe vfio-pci 加载该驱动，并将其列入 /etc/modules-load.d/ 以便在启动时自动加载。libvirt 在分离设备时也会加载它。</translation>
    </message>
    <message>
        <source>Graphics cards free of host display drivers</source>
        <translation>显卡未被主机显示驱动占用</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a graphics card, %2 the host display driver that holds it</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Held by a host display driver: %1.</source>
        <translation>被主机显示驱动占用：%1。</translation>
    </message>
    <message>
        <source>Keep the host&apos;s driver off the card: blacklist it (for nouveau: &quot;blacklist nouveau&quot; and &quot;options nouveau modeset=0&quot; in /etc/modprobe.d/), rebuild the initramfs (dracut -f, or update-initramfs -u) and reboot; then bind the card to vfio-pci.</source>
        <translation>请阻止主机驱动接管该显卡：将其列入黑名单（对于 nouveau：在 /etc/modprobe.d/ 中写入“blacklist nouveau”和“options nouveau modeset=0”），重新生成 initramfs（dracut -f 或 update-initramfs -u）并重启；然后将显卡绑定到 vfio-pci。</translation>
    </message>
    <message numerus="yes">
        <source>%n graphics card(s), none held by a host display driver.</source>
        <translation>
            <numerusform>%n 块显卡，未被主机显示驱动占用。</numerusform>
        </translation>
    </message>
    <message>
        <source>No graphics cards found.</source>
        <translation>未找到显卡。</translation>
    </message>
    <message>
        <source>Interrupt remapping</source>
        <extracomment>Title of a passthrough readiness check (shown with Ready / Needs fixing)</extracomment>
        <translation>中断重映射</translation>
    </message>
    <message>
        <source>The kernel command line turns it off (intremap=off).</source>
        <translation>内核命令行将其关闭了（intremap=off）。</translation>
    </message>
    <message>
        <source>Remove intremap=off from the kernel command line and reboot.</source>
        <translation>请从内核命令行中删除 intremap=off，然后重启。</translation>
    </message>
    <message>
        <source>AMD-Vi remaps interrupts.</source>
        <translation>AMD-Vi 会对中断进行重映射。</translation>
    </message>
    <message>
        <source>Every VT-d unit supports it.</source>
        <translation>所有 VT-d 单元均支持该功能。</translation>
    </message>
    <message>
        <source>A VT-d unit lacks it.</source>
        <translation>有 VT-d 单元不支持该功能。</translation>
    </message>
    <message>
        <source>Passthrough may still work with vfio_iommu_type1 allow_unsafe_interrupts=1, at the cost of isolation; a newer platform is the real fix.</source>
        <translation>使用 vfio_iommu_type1 allow_unsafe_interrupts=1 时直通可能仍然可用，但会牺牲隔离性；真正的解决办法是换用更新的平台。</translation>
    </message>
    <message>
        <source>Could not be checked: no IOMMU units are listed.</source>
        <translation>无法检查：未列出任何 IOMMU 单元。</translation>
    </message>
    <message>
        <source>Could not be checked remotely: %1</source>
        <translation>无法远程检查：%1</translation>
    </message>
    <message>
        <source>libvirt lists no PCI devices.</source>
        <translation>libvirt 未列出任何 PCI 设备。</translation>
    </message>
    <message numerus="yes">
        <source>libvirt lists %n PCI device(s), none of them in an IOMMU group.</source>
        <translation>
            <numerusform>libvirt 列出了 %n 个 PCI 设备，其中没有任何设备属于 IOMMU 组。</numerusform>
        </translation>
    </message>
    <message>
        <source>On the host, run dmesg | grep -e DMAR -e IOMMU, and ls /sys/kernel/iommu_groups: numbered groups there mean the IOMMU is on.</source>
        <translation>请在主机上运行 dmesg | grep -e DMAR -e IOMMU 和 ls /sys/kernel/iommu_groups：如果后者列出了带编号的组，说明 IOMMU 已启用。</translation>
    </message>
    <message>
        <source>libvirt did not report which host devices it supports.</source>
        <translation>libvirt 未报告其支持哪些主机设备。</translation>
    </message>
    <message>
        <source>On the host, run lsmod | grep vfio: vfio_pci in the list means the driver is loaded.</source>
        <translation>请在主机上运行 lsmod | grep vfio：如果列表中有 vfio_pci，说明驱动已加载。</translation>
    </message>
    <message>
        <source>libvirt on this host does not support host devices.</source>
        <translation>此主机上的 libvirt 不支持主机设备。</translation>
    </message>
    <message>
        <source>Install QEMU/KVM and libvirt&apos;s QEMU driver on the host (on Debian: qemu-system-x86 and libvirt-daemon-system).</source>
        <translation>请在主机上安装 QEMU/KVM 和 libvirt 的 QEMU 驱动（在 Debian 上为 qemu-system-x86 和 libvirt-daemon-system）。</translation>
    </message>
    <message>
        <source>libvirt can pass PCI devices through with VFIO.</source>
        <translation>libvirt 可以通过 VFIO 直通 PCI 设备。</translation>
    </message>
    <message>
        <source>libvirt offers no VFIO backend for PCI devices: the vfio driver is not loaded, or the IOMMU is off.</source>
        <translation>libvirt 没有为 PCI 设备提供 VFIO 后端：vfio 驱动未加载，或 IOMMU 未启用。</translation>
    </message>
    <message>
        <source>On the host, run lspci -nnk | grep -A3 -e VGA -e 3D and look at &quot;Kernel driver in use&quot;: vfio-pci, or none, is ready.</source>
        <translation>请在主机上运行 lspci -nnk | grep -A3 -e VGA -e 3D，并查看“Kernel driver in use”：显示 vfio-pci 或没有该项，即表示已就绪。</translation>
    </message>
    <message>
        <source>libvirt reports no drivers for the host&apos;s PCI devices.</source>
        <translation>libvirt 未报告主机 PCI 设备的驱动。</translation>
    </message>
    <message>
        <source>libvirt does not report it.</source>
        <translation>libvirt 不报告此项。</translation>
    </message>
    <message>
        <source>On the host, run dmesg | grep -i remapping: &quot;Enabled IRQ remapping&quot; (Intel) or &quot;Interrupt remapping enabled&quot; (AMD) means it is on.</source>
        <translation>请在主机上运行 dmesg | grep -i remapping：出现“Enabled IRQ remapping”（Intel）或“Interrupt remapping enabled”（AMD）即表示已启用。</translation>
    </message>
</context>
<context>
    <name>PerformancePage</name>
    <message>
        <source>Its vCPUs</source>
        <extracomment>Series of the CPU graph: usage of the guest&apos;s own virtual CPUs (100 % = all of them busy)</extracomment>
        <translation>vCPU 使用率</translation>
    </message>
    <message>
        <source>Share of the host</source>
        <extracomment>Series of the CPU graph: the guest&apos;s share of all the host&apos;s CPUs</extracomment>
        <translation>占主机比例</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Balloon</source>
        <translation>气球内存</translation>
    </message>
    <message>
        <source>QEMU resident</source>
        <translation>QEMU 常驻内存</translation>
    </message>
    <message>
        <source>%1 read</source>
        <extracomment>Series of the disk graph: bytes read per second from one disk; %1 its target (vda)</extracomment>
        <translation>%1 读取</translation>
    </message>
    <message>
        <source>%1 write</source>
        <extracomment>Series of the disk graph: bytes written per second to one disk; %1 its target (vda)</extracomment>
        <translation>%1 写入</translation>
    </message>
    <message>
        <source>%1 received</source>
        <extracomment>Series of the network graph: bytes received per second (RX) on one interface; %1 its name (vnet0)</extracomment>
        <translation>%1 接收</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <extracomment>Series of the network graph: bytes sent per second (TX) on one interface; %1 its name (vnet0)</extracomment>
        <translation>%1 发送</translation>
    </message>
    <message>
        <source>This virtual machine has no disk.</source>
        <translation>此虚拟机没有磁盘。</translation>
    </message>
    <message>
        <source>This virtual machine has no network interface.</source>
        <translation>此虚拟机没有网络接口。</translation>
    </message>
    <message>
        <source>Statistics appear while the virtual machine runs.</source>
        <translation>虚拟机运行时才会显示统计数据。</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>Label of the combo box that picks the time range of the performance graphs</extracomment>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <extracomment>Title of a performance graph</extracomment>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory</source>
        <extracomment>Title of a performance graph</extracomment>
        <translation>内存</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <extracomment>Title of a performance graph: bytes read and written per second</extracomment>
        <translation>磁盘 I/O</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <extracomment>Title of a performance graph: bytes received and sent per second</extracomment>
        <translation>网络 I/O</translation>
    </message>
    <message>
        <source>CPU figures are not available for this virtual machine.</source>
        <translation>无法获取此虚拟机的 CPU 数据。</translation>
    </message>
    <message>
        <source>Memory figures are not available for this virtual machine.</source>
        <translation>无法获取此虚拟机的内存数据。</translation>
    </message>
    <message>
        <source>Disk figures are not available for this virtual machine.</source>
        <translation>无法获取此虚拟机的磁盘数据。</translation>
    </message>
    <message>
        <source>Network figures are not available for this virtual machine.</source>
        <translation>无法获取此虚拟机的网络数据。</translation>
    </message>
</context>
<context>
    <name>PortForward</name>
    <message>
        <source>The local port for the display cannot open (%1): %2</source>
        <translation>无法打开图形显示的本地端口（%1）：%2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>QVirt Preferences</source>
        <translation>QVirt 首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language entry that follows the LANG/LANGUAGE environment; %1 is that language&apos;s own name.</extracomment>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>Every open window switches to the new language at once. QVirt carries its own Chinese, Japanese and Korean glyphs, so the text stays readable on a server without those fonts, also through ssh -X.</source>
        <translation>所有已打开的窗口都会立即切换到新语言。QVirt 自带中文、日文和韩文字形，因此即使服务器上没有这些字体，文字也能正常显示，通过 ssh -X 使用时也是如此。</translation>
    </message>
    <message>
        <source>Statistics</source>
        <extracomment>Group of settings in Preferences: CPU, memory, disk and network figures sampled from the hosts</extracomment>
        <translation>统计信息</translation>
    </message>
    <message>
        <source>Sampling &amp;interval:</source>
        <translation>采样间隔(&amp;I)：</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>statistics sampling</comment>
        <extracomment>The sampling interval&apos;s value when sampling is switched off</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the sampling interval&apos;s number, with its leading space: seconds</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Sampling interval in seconds</source>
        <translation>采样间隔（秒）</translation>
    </message>
    <message>
        <source>Sample:</source>
        <extracomment>Label before the checkboxes that choose which figures are sampled</extracomment>
        <translation>采样内容：</translation>
    </message>
    <message>
        <source>&amp;CPU usage</source>
        <extracomment>Statistics to sample: the VMs&apos; processor usage</extracomment>
        <translation>CPU 使用率(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Memory</source>
        <extracomment>Statistics to sample: the VMs&apos; memory in use</extracomment>
        <translation>内存(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Disk I/O</source>
        <extracomment>Statistics to sample: bytes the VMs read and write on their disks</extracomment>
        <translation>磁盘 I/O(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Network I/O</source>
        <extracomment>Statistics to sample: bytes the VMs receive and send on their network interfaces</extracomment>
        <translation>网络 I/O(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <extracomment>Statistics to sample: the host&apos;s own CPU, memory and memory sharing (KSM)</extracomment>
        <translation>主机(&amp;H)</translation>
    </message>
    <message>
        <source>Full-resolution &amp;history:</source>
        <translation>全精度历史保留时长(&amp;H)：</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <extracomment>Length of the statistics history kept at full resolution</extracomment>
        <translation>10 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <extracomment>Length of the statistics history kept at full resolution</extracomment>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>6 hours</source>
        <extracomment>Length of the statistics history kept at full resolution</extracomment>
        <translation>6 小时</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <extracomment>Length of the statistics history kept at full resolution; %1 is a number of minutes</extracomment>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>No statistics are sampled: the graphs and the list&apos;s usage columns stay empty.</source>
        <translation>不进行统计采样：图表及列表中的资源使用列将保持空白。</translation>
    </message>
    <message>
        <source>Each running virtual machine with one disk and one network interface keeps at most about %1 of history. Older figures are kept as one-minute averages for 24 hours.</source>
        <extracomment>%1 is an amount of memory such as &quot;1.2 MB&quot;</extracomment>
        <translation>以配有一个磁盘和一个网络接口的虚拟机计，每台运行中的虚拟机的历史数据最多约占用 %1 内存。更早的数据以每分钟平均值的形式保留 24 小时。</translation>
    </message>
    <message>
        <source>Interface si&amp;ze:</source>
        <extracomment>Preferences: how large QVirt draws its text, icons and windows (a zoom)</extracomment>
        <translation>界面大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>Interface size</source>
        <extracomment>Accessible name of the choice of how large QVirt draws its windows</extracomment>
        <translation>界面大小</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>An interface size in percent, e.g. &quot;150 %&quot;; %1 is the number. Write the percent sign as your language does.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 is set to %2 in QVirt&apos;s environment and decides the interface size. Start QVirt without it to choose the size here.</source>
        <extracomment>%1 is an environment variable&apos;s name (QT_SCALE_FACTOR), %2 its value (1.5)</extracomment>
        <translation>QVirt 的运行环境中已将 %1 设为 %2，界面大小由它决定。要在此处选择大小，请在不设置该变量的情况下启动 QVirt。</translation>
    </message>
    <message>
        <source>The new interface size takes effect after QVirt restarts.</source>
        <translation>新的界面大小将在 QVirt 重新启动后生效。</translation>
    </message>
    <message>
        <source>Makes text, icons and windows larger. A console at actual size (1:1) stays sharp at every size.</source>
        <translation>放大文字、图标和窗口。无论界面大小如何设置，以实际大小（1:1）显示的控制台都保持清晰。</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <source>Passthrough readiness</source>
        <translation>直通就绪情况</translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>Verdict of a passthrough readiness check</extracomment>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Needs fixing</source>
        <extracomment>Verdict of a passthrough readiness check</extracomment>
        <translation>需要修复</translation>
    </message>
    <message>
        <source>Could not check</source>
        <extracomment>Verdict of a passthrough readiness check</extracomment>
        <translation>无法检查</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>解决方法：</translation>
    </message>
</context>
<context>
    <name>RemoteViewer</name>
    <message>
        <source>Remote Viewer is not installed. Install the package virt-viewer.</source>
        <translation>未安装 Remote Viewer。请安装 virt-viewer 软件包。</translation>
    </message>
    <message>
        <source>The connection file for Remote Viewer cannot be written in %1: %2</source>
        <translation>无法在 %1 中写入 Remote Viewer 的连接文件：%2</translation>
    </message>
    <message>
        <source>Remote Viewer could not start: %1</source>
        <translation>无法启动 Remote Viewer：%1</translation>
    </message>
</context>
<context>
    <name>ResizeVolumeDialog</name>
    <message>
        <source>Resize %1</source>
        <translation>调整 %1 的大小</translation>
    </message>
    <message>
        <source> MiB</source>
        <extracomment>Unit after the new size of a volume</extracomment>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>调整大小</translation>
    </message>
    <message>
        <source>&amp;New capacity:</source>
        <translation>新容量(&amp;N)：</translation>
    </message>
    <message>
        <source>Growing a volume does not grow the file system inside it: do that in the guest afterwards.</source>
        <translation>扩大卷不会扩大其中的文件系统：之后请在客户机中扩展文件系统。</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Memory, CPUs and firmware</source>
        <translation>内存、CPU 和固件</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>内存(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;vCPUs:</source>
        <translation>vCPU(&amp;V)：</translation>
    </message>
    <message>
        <source>C&amp;hipset:</source>
        <translation>芯片组(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>固件(&amp;F)：</translation>
    </message>
    <message>
        <source> MiB</source>
        <extracomment>Unit suffix of a memory size in mebibytes</extracomment>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Q35 (PCI Express; for current systems)</source>
        <translation>Q35（PCI Express；适用于较新的系统）</translation>
    </message>
    <message>
        <source>i440FX (PCI; for old systems)</source>
        <translation>i440FX（PCI；适用于旧系统）</translation>
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
        <translation>安全启动(&amp;S)</translation>
    </message>
    <message>
        <source>Add an emulated &amp;TPM 2.0</source>
        <translation>添加模拟的 TPM 2.0(&amp;T)</translation>
    </message>
    <message>
        <source>Recommended for %1: the values below. Every choice can be changed.</source>
        <translation>为 %1 推荐以下设置。每一项都可以修改。</translation>
    </message>
    <message>
        <source>No operating system was chosen: the values below suit most current systems.</source>
        <translation>未选择操作系统：以下设置适用于大多数较新的系统。</translation>
    </message>
    <message>
        <source>The host has %1 of memory, %2 of it free.</source>
        <translation>主机有 %1 内存，其中 %2 可用。</translation>
    </message>
    <message>
        <source>The host&apos;s memory is not known.</source>
        <translation>主机的内存大小未知。</translation>
    </message>
    <message numerus="yes">
        <source>The host has %n CPU(s): more vCPUs than that make the VM slower, not faster.</source>
        <translation>
            <numerusform>主机有 %n 个 CPU：vCPU 数超过该值只会让虚拟机变慢，而不是变快。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The host has %n CPU(s).</source>
        <translation>
            <numerusform>主机有 %n 个 CPU。</numerusform>
        </translation>
    </message>
    <message>
        <source>UEFI needs OVMF firmware on the host (the Debian package ovmf, edk2-ovmf on Fedora and CentOS).</source>
        <translation>UEFI 需要主机上有 OVMF 固件（Debian 软件包 ovmf，Fedora 和 CentOS 上为 edk2-ovmf）。</translation>
    </message>
    <message>
        <source>The host&apos;s OVMF firmware has no secure boot variant.</source>
        <translation>主机的 OVMF 固件没有支持安全启动的版本。</translation>
    </message>
    <message>
        <source>%1 needs UEFI firmware.</source>
        <translation>%1 需要 UEFI 固件。</translation>
    </message>
    <message>
        <source>%1 needs a TPM 2.0, and an emulated one needs swtpm on the host (the Debian package swtpm-tools).</source>
        <translation>%1 需要 TPM 2.0，而模拟的 TPM 需要主机上安装 swtpm（Debian 软件包 swtpm-tools）。</translation>
    </message>
    <message>
        <source>An emulated TPM needs swtpm on the host (the Debian package swtpm-tools).</source>
        <translation>模拟的 TPM 需要主机上安装 swtpm（Debian 软件包 swtpm-tools）。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Unknown libvirt error.</source>
        <translation>未知的 libvirt 错误。</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>未连接到 %1。</translation>
    </message>
</context>
<context>
    <name>SimpleDeviceForm</name>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>监听地址：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>A password is set; QVirt keeps it as it is.</source>
        <translation>已设置密码；QVirt 将保持不变。</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>型号：</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>总线：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>后端：</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>动作：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>源：</translation>
    </message>
    <message>
        <source>Change the settings of a %1 device.</source>
        <translation>更改 %1 设备的设置。</translation>
    </message>
</context>
<context>
    <name>SnapshotTreeModel</name>
    <message numerus="yes">
        <source>Snapshots (%n)</source>
        <translation>
            <numerusform>快照（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>Snapshot tree: %1 is the snapshot the VM was last reverted to or created from</extracomment>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <extracomment>Snapshot tree: %1 is the disk&apos;s target name, e.g. vda</extracomment>
        <translation>磁盘 %1</translation>
    </message>
    <message>
        <source>%1 (active layer: you are here)</source>
        <translation>%1（活动层：当前所在位置）</translation>
    </message>
    <message>
        <source>external</source>
        <extracomment>Snapshot type column: an external snapshot (new overlay files); followed by &quot;, with memory&quot; or &quot;, disk only&quot;</extracomment>
        <translation>外部</translation>
    </message>
    <message>
        <source>internal</source>
        <extracomment>Snapshot type column: an internal snapshot (stored inside the qcow2 image); followed by &quot;, with memory&quot; or &quot;, disk only&quot;</extracomment>
        <translation>内部</translation>
    </message>
    <message>
        <source>, with memory</source>
        <extracomment>Appended to &quot;external&quot; or &quot;internal&quot; in the snapshot type column; keep the leading separator</extracomment>
        <translation>，含内存</translation>
    </message>
    <message>
        <source>, disk only</source>
        <extracomment>Appended to &quot;external&quot; or &quot;internal&quot; in the snapshot type column; keep the leading separator</extracomment>
        <translation>，仅磁盘</translation>
    </message>
    <message>
        <source>%1; VM was %2</source>
        <extracomment>Snapshot type column: %1 is the snapshot type, %2 the state the VM was in when the snapshot was taken (Running, Paused, ...)</extracomment>
        <translation>%1；当时虚拟机状态：%2</translation>
    </message>
    <message>
        <source>overlay created by this snapshot</source>
        <translation>此快照创建的覆盖文件</translation>
    </message>
    <message>
        <source>created by snapshot %1</source>
        <translation>由快照 %1 创建</translation>
    </message>
    <message>
        <source>base image</source>
        <extracomment>Snapshot tree: the bottom image of a disk&apos;s backing chain</extracomment>
        <translation>基础映像</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Size column: %1 is the space the image uses on disk, %2 its virtual size</extracomment>
        <translation>已用 %1，共 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header of the snapshot tree</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header of the snapshot tree: internal/external, with memory or disk only</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header of the snapshot tree: date and time the snapshot was taken</extracomment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Size (used of virtual)</source>
        <extracomment>Column header of the snapshot tree</extracomment>
        <translation>大小（已用/虚拟）</translation>
    </message>
    <message>
        <source>backing file of: %1</source>
        <extracomment>Snapshot tree: %1 lists the other VMs (linked clones) whose overlays are built on this image</extracomment>
        <translation>作为以下虚拟机的后备文件：%1</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>An internal snapshot lives inside qcow2 images, and disk %1 is %2. Take an external snapshot instead.</source>
        <translation>内部快照保存在 qcow2 映像内，而磁盘 %1 的格式是 %2。请改为创建外部快照。</translation>
    </message>
    <message>
        <source>UEFI firmware keeps its variables outside the disk images, so libvirt cannot take an internal snapshot of this virtual machine. Take an external snapshot instead.</source>
        <translation>UEFI 固件将其变量保存在磁盘映像之外，因此 libvirt 无法为此虚拟机创建内部快照。请改为创建外部快照。</translation>
    </message>
    <message>
        <source>This QEMU build cannot take live external snapshots. Shut the virtual machine off and take the snapshot then, or install a QEMU with live snapshot support (qemu-kvm-ev on CentOS 7).</source>
        <translation>此 QEMU 版本无法在虚拟机运行时创建外部快照（实时快照）。请先关闭虚拟机再创建快照，或安装支持实时快照的 QEMU（CentOS 7 上为 qemu-kvm-ev）。</translation>
    </message>
    <message>
        <source>libvirt could not revert to this external snapshot. Nothing was changed.</source>
        <translation>libvirt 无法还原到此外部快照。未做任何更改。</translation>
    </message>
    <message>
        <source>Shut the virtual machine off first: reverting to an external snapshot replaces its disks.</source>
        <translation>请先关闭虚拟机：还原到外部快照会替换它的磁盘。</translation>
    </message>
    <message>
        <source>QVirt reverts external snapshots only on local hosts, where it can create the new overlay files.</source>
        <translation>QVirt 只在本地主机上还原外部快照，因为需要在那里创建新的覆盖文件。</translation>
    </message>
    <message>
        <source>The image under the snapshot&apos;s overlay %1 could not be found, so the state at the snapshot is unknown. Nothing was changed.</source>
        <translation>找不到快照覆盖文件 %1 下面的映像，因此无法得知快照时的状态。未做任何更改。</translation>
    </message>
    <message>
        <source>The new overlay %1 could not be created: %2. Nothing was changed.</source>
        <translation>无法创建新的覆盖文件 %1：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>Disk %1 of the snapshot is no longer in the virtual machine. Nothing was changed.</source>
        <translation>快照中的磁盘 %1 已不在此虚拟机中。未做任何更改。</translation>
    </message>
    <message>
        <source>The disks were reverted, but the memory state in %1 could not be restored: %2. The virtual machine is off; start it to boot from the reverted disks.</source>
        <translation>磁盘已还原，但无法恢复 %1 中的内存状态：%2。虚拟机处于关机状态；启动它即可从还原后的磁盘引导。</translation>
    </message>
    <message>
        <source>An external snapshot&apos;s overlay holds data written since; it goes away only by merging it into its backing file (block commit), and libvirt could not do that here. Nothing was changed.</source>
        <translation>外部快照的覆盖文件保存着快照之后写入的数据；只有将其合并到后备文件中（block commit）才能将其移除，而 libvirt 在此处无法完成该操作。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>SnapshotsPanel</name>
    <message>
        <source>The snapshots could not be read: %1</source>
        <translation>无法读取快照：%1</translation>
    </message>
    <message>
        <source>Take Snapshot…</source>
        <translation>创建快照…</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Return the VM to the selected snapshot (button, dialog title); not the same word as Restore (from a saved file) or Resume (a paused VM)</extracomment>
        <translation>还原</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Button: read the snapshots again</extracomment>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Snapshots and disk backing chains</source>
        <translation>快照和磁盘后备链</translation>
    </message>
    <message>
        <source>Select a snapshot in the tree.</source>
        <translation>请在树中选择一个快照。</translation>
    </message>
    <message>
        <source>Return the virtual machine to this snapshot.</source>
        <translation>将虚拟机还原到此快照。</translation>
    </message>
    <message>
        <source>Deleting an external snapshot merges its overlay into the image below it.</source>
        <translation>删除外部快照会将其覆盖文件合并到其下一层的映像中。</translation>
    </message>
    <message>
        <source>Delete this snapshot; the disks keep their current state.</source>
        <translation>删除此快照；磁盘将保持当前状态。</translation>
    </message>
    <message>
        <source>Snapshot %1, taken %2.</source>
        <translation>快照 %1，创建于 %2。</translation>
    </message>
    <message>
        <source>Memory state saved to %1.</source>
        <translation>内存状态已保存到 %1。</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <source>Internal, with memory (inside the qcow2 images)</source>
        <translation>内部快照，含内存（保存在 qcow2 映像内）</translation>
    </message>
    <message>
        <source>Internal (inside the qcow2 images)</source>
        <translation>内部快照（保存在 qcow2 映像内）</translation>
    </message>
    <message>
        <source>External, disks only (new overlay files)</source>
        <translation>外部快照，仅磁盘（新建覆盖文件）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Type:</source>
        <extracomment>Kind of snapshot to take: internal or external, with memory or disk only</extracomment>
        <translation>类型：</translation>
    </message>
    <message>
        <source>External snapshots turn each disk into a chain: the current image becomes read-only and new writes go to an overlay file next to it.</source>
        <translation>外部快照会把每个磁盘变成一条链：当前映像变为只读，之后的写入都进入其旁边新建的覆盖文件。</translation>
    </message>
    <message>
        <source>Snapshot %1 could not be taken.</source>
        <translation>无法创建快照 %1。</translation>
    </message>
    <message>
        <source>Revert to %1? What the virtual machine did since is lost unless you take a snapshot first.</source>
        <translation>要还原到 %1 吗？除非先创建一个快照，否则虚拟机在此之后的所有变化都将丢失。</translation>
    </message>
    <message>
        <source>The virtual machine could not be reverted to %1.</source>
        <translation>无法将虚拟机还原到 %1。</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <source>Delete snapshot %1?</source>
        <translation>要删除快照 %1 吗？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Snapshot %1 could not be deleted.</source>
        <translation>无法删除快照 %1。</translation>
    </message>
    <message>
        <source>Merge Down (Commit)…</source>
        <translation>向下合并（Commit）…</translation>
    </message>
    <message>
        <source>Pull Backing Files Up…</source>
        <translation>向上拉取后备文件…</translation>
    </message>
    <message>
        <source>Cancel Merge</source>
        <translation>取消合并</translation>
    </message>
    <message>
        <source>Select an image in a disk&apos;s chain.</source>
        <translation>请在磁盘的后备链中选择一个映像。</translation>
    </message>
    <message>
        <source>Merging needs the virtual machine running: QEMU does the work.</source>
        <translation>合并需要虚拟机处于运行状态：合并由 QEMU 执行。</translation>
    </message>
    <message>
        <source>A merge is already under way.</source>
        <translation>已有一个合并正在进行。</translation>
    </message>
    <message>
        <source>The base image has nothing below it to merge into.</source>
        <translation>基础映像下方没有可供合并的映像。</translation>
    </message>
    <message>
        <source>Backing files are pulled into the active layer: select it.</source>
        <translation>后备文件会被拉取到活动层中：请选择活动层。</translation>
    </message>
    <message>
        <source>The active layer has no backing files.</source>
        <translation>活动层没有后备文件。</translation>
    </message>
    <message>
        <source>Write this image&apos;s data into the image below it and drop it from the chain.</source>
        <translation>将此映像的数据写入其下一层的映像，并将其从链中移除。</translation>
    </message>
    <message>
        <source>Copy every backing file&apos;s data into the active layer, so it stands alone.</source>
        <translation>将所有后备文件的数据复制到活动层，使其成为独立的映像。</translation>
    </message>
    <message>
        <source>Pull Backing Files Up</source>
        <translation>向上拉取后备文件</translation>
    </message>
    <message>
        <source>Copy the data of every backing file of %1 into %2? The backing files stay on disk.</source>
        <translation>要将 %1 的所有后备文件的数据复制到 %2 吗？后备文件仍保留在磁盘上。</translation>
    </message>
    <message>
        <source>Pull</source>
        <extracomment>Confirmation button: copy the backing files&apos; data up into the active image (block pull)</extracomment>
        <translation>拉取</translation>
    </message>
    <message>
        <source>Merge Down</source>
        <extracomment>Dialog title: merge the selected image into the image below it (block commit)</extracomment>
        <translation>向下合并</translation>
    </message>
    <message>
        <source>Merge %1 into %2? %1 then leaves the chain; the file itself stays on disk.</source>
        <translation>要将 %1 合并到 %2 吗？之后 %1 将脱离链，但文件本身仍保留在磁盘上。</translation>
    </message>
    <message>
        <source>Merge</source>
        <extracomment>Confirmation button and error title: merge disk images (block commit)</extracomment>
        <translation>合并</translation>
    </message>
    <message>
        <source>The merge could not start.</source>
        <translation>无法开始合并。</translation>
    </message>
    <message>
        <source>Every image is unchanged and still valid.</source>
        <translation>所有映像均未更改，仍然有效。</translation>
    </message>
    <message>
        <source>Merging %1: %p%</source>
        <translation>正在合并 %1：%p%</translation>
    </message>
    <message>
        <source>The merge on disk %1 failed.</source>
        <translation>磁盘 %1 上的合并失败。</translation>
    </message>
    <message>
        <source>QEMU stopped the block job.</source>
        <translation>QEMU 已停止 block job。</translation>
    </message>
    <message>
        <source>The chain is as it was before the merge and every image is valid. See the host&apos;s libvirt log for the reason (a full disk, say).</source>
        <translation>后备链仍保持合并前的状态，所有映像均有效。请查看主机上的 libvirt 日志了解原因（例如磁盘已满）。</translation>
    </message>
    <message>
        <source>Give the disks new overlays on the images they had at this snapshot; the current overlays stay on disk.</source>
        <translation>为各磁盘在快照时所用的映像上创建新的覆盖文件；当前的覆盖文件仍保留在磁盘上。</translation>
    </message>
    <message>
        <source>Revert to %1? It is an external snapshot: QVirt forces the virtual machine off first, then gives each disk a new overlay on the image it had at the snapshot. The current overlays stay on disk.</source>
        <translation>要还原到 %1 吗？这是外部快照：QVirt 会先将虚拟机强制关机，然后在快照时的映像上为每个磁盘创建新的覆盖文件。当前的覆盖文件仍保留在磁盘上。</translation>
    </message>
    <message>
        <source>External, with memory (a live checkpoint)</source>
        <translation>外部快照，含内存（实时检查点）</translation>
    </message>
    <message>
        <source>next to each disk&apos;s current image</source>
        <translation>放在各磁盘当前映像旁边</translation>
    </message>
    <message>
        <source>Folder for new files:</source>
        <translation>新文件所在文件夹：</translation>
    </message>
    <message>
        <source>Delete merged files</source>
        <translation>删除已合并的文件</translation>
    </message>
    <message>
        <source>After a successful merge down, delete the images that left the chain. Without it they stay on disk.</source>
        <translation>向下合并成功后，删除已离开后备链的映像。不勾选则保留在磁盘上。</translation>
    </message>
    <message>
        <source>Save State to File…</source>
        <extracomment>Save the running VM&apos;s memory state to a file and stop it (virsh save)</extracomment>
        <translation>将状态保存到文件…</translation>
    </message>
    <message>
        <source>Restore State…</source>
        <extracomment>Start the VM from a state file written by &quot;Save State to File&quot; (virsh restore); not a snapshot revert</extracomment>
        <translation>恢复状态…</translation>
    </message>
    <message>
        <source>Take an external disk-only snapshot instead?</source>
        <translation>改为创建仅含磁盘的外部快照？</translation>
    </message>
    <message>
        <source>Take External Snapshot</source>
        <translation>创建外部快照</translation>
    </message>
    <message>
        <source>automatic</source>
        <extracomment>Placeholder of an empty file name field: QVirt chooses the file name</extracomment>
        <translation>自动</translation>
    </message>
    <message>
        <source>Overlay for %1:</source>
        <translation>%1 的覆盖文件：</translation>
    </message>
    <message>
        <source>Memory state file:</source>
        <translation>内存状态文件：</translation>
    </message>
    <message>
        <source>Overlays outside the chain (%1) may be built on %2; after the merge they no longer show the state they were made from.</source>
        <translation>后备链之外的覆盖文件（%1）可能建立在 %2 之上；合并后它们将不再呈现创建时的状态。</translation>
    </message>
    <message>
        <source>%1 is the backing file of %2: merging would change what they read and corrupt them.</source>
        <translation>%1 是 %2 的后备文件：合并会改变它们读取的内容并导致其损坏。</translation>
    </message>
    <message>
        <source>%1 (backing file of %2)</source>
        <translation>%1（%2 的后备文件）</translation>
    </message>
    <message>
        <source>Other virtual machines are built on these backing files: %1. They stay unchanged; do not delete them.</source>
        <translation>其他虚拟机基于这些后备文件：%1。这些文件将保持不变；请勿删除它们。</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Operating system: %1</source>
        <translation>操作系统：%1</translation>
    </message>
    <message>
        <source>Operating system: generic (QVirt chooses widely supported devices)</source>
        <translation>操作系统：通用（QVirt 会选择广泛支持的设备）</translation>
    </message>
    <message>
        <source>Installation source and operating system</source>
        <translation>安装源和操作系统</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse the host&apos;s &amp;storage…</source>
        <translation>浏览主机存储(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>For example: https://deb.debian.org/debian/dists/bookworm/main/installer-amd64/</source>
        <translation>例如：https://deb.debian.org/debian/dists/bookworm/main/installer-amd64/</translation>
    </message>
    <message>
        <source>&amp;Kernel arguments:</source>
        <translation>内核参数(&amp;K)：</translation>
    </message>
    <message>
        <source>Optional, for example: console=ttyS0 auto=true</source>
        <translation>可选，例如：console=ttyS0 auto=true</translation>
    </message>
    <message>
        <source>&amp;Detect the operating system from the installation source</source>
        <translation>从安装源检测操作系统(&amp;D)</translation>
    </message>
    <message>
        <source>Search operating systems, for example: debian 12, win11, rhel</source>
        <translation>搜索操作系统，例如：debian 12、win11、rhel</translation>
    </message>
    <message>
        <source>Search operating systems</source>
        <translation>搜索操作系统</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Include &amp;end-of-life systems</source>
        <translation>包括已停止支持的系统(&amp;E)</translation>
    </message>
    <message>
        <source>Path on the host</source>
        <translation>主机上的路径</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>ISO image or CD-ROM device on the host:</source>
        <translation>主机上的 ISO 映像或光驱设备：</translation>
    </message>
    <message>
        <source>Existing disk image on the host:</source>
        <translation>主机上的现有磁盘映像：</translation>
    </message>
    <message>
        <source>The VM boots from the network. Choose the operating system the PXE server installs, so QVirt picks devices it has drivers for.</source>
        <translation>虚拟机将从网络引导。请选择 PXE 服务器要安装的操作系统，以便 QVirt 选用该系统自带驱动的设备。</translation>
    </message>
    <message>
        <source>The VM is created without an operating system. Choose the one you will put on it, so QVirt picks devices it has drivers for.</source>
        <translation>虚拟机创建时不含操作系统。请选择您将要安装的操作系统，以便 QVirt 选用该系统自带驱动的设备。</translation>
    </message>
    <message>
        <source>Detecting the operating system…</source>
        <translation>正在检测操作系统…</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>检测到：%1</translation>
    </message>
    <message>
        <source>QVirt could not make a temporary file to read the ISO image into.</source>
        <translation>QVirt 无法创建用于读取 ISO 映像的临时文件。</translation>
    </message>
    <message>
        <source>The ISO image could not be read through libvirt: %1 Only images in a storage pool can be read on a remote host.</source>
        <translation>无法通过 libvirt 读取 ISO 映像：%1 在远程主机上只能读取存储池中的映像。</translation>
    </message>
    <message>
        <source>Loading the operating system list…</source>
        <translation>正在加载操作系统列表…</translation>
    </message>
    <message>
        <source>Generic or unknown operating system</source>
        <translation>通用或未知操作系统</translation>
    </message>
    <message>
        <source>Choose a Disk Image</source>
        <translation>选择磁盘映像</translation>
    </message>
    <message>
        <source>Choose an ISO Image</source>
        <translation>选择 ISO 映像</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw *.vmdk *.vdi)</source>
        <translation>磁盘映像 (*.qcow2 *.img *.raw *.vmdk *.vdi)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>ISO images (*.iso)</source>
        <translation>ISO 映像 (*.iso)</translation>
    </message>
</context>
<context>
    <name>SpiceDisplayPage</name>
    <message>
        <source>This virtual machine shows its screen through SPICE</source>
        <translation>此虚拟机通过 SPICE 显示画面</translation>
    </message>
    <message>
        <source>Open in Remote Viewer</source>
        <extracomment>Button: open the VM&apos;s SPICE display in the remote-viewer program (virt-viewer)</extracomment>
        <translation>在 Remote Viewer 中打开</translation>
    </message>
    <message>
        <source>Switch to VNC…</source>
        <extracomment>Button: change the VM&apos;s definition so its display is VNC from its next start</extracomment>
        <translation>切换为 VNC…</translation>
    </message>
    <message>
        <source>Switch the display to VNC</source>
        <translation>将图形显示切换为 VNC</translation>
    </message>
    <message>
        <source>Go Back to SPICE…</source>
        <extracomment>Console toolbar button: restore the VM&apos;s definition from before its display was switched to VNC</extracomment>
        <translation>改回 SPICE…</translation>
    </message>
    <message>
        <source>Go back to SPICE</source>
        <translation>改回 SPICE</translation>
    </message>
    <message>
        <source>Restore the definition this virtual machine had before its display was switched to VNC.</source>
        <translation>恢复此虚拟机在图形显示切换为 VNC 之前的定义。</translation>
    </message>
    <message>
        <source>QVirt&apos;s console speaks VNC, so it cannot show a SPICE display itself. Open the display in Remote Viewer, which speaks SPICE, or switch this virtual machine&apos;s display to VNC to see it here.</source>
        <translation>QVirt 的控制台使用 VNC，因此无法直接显示 SPICE 图形显示。请在支持 SPICE 的 Remote Viewer 中打开该图形显示，或将此虚拟机的图形显示切换为 VNC，以便在此处查看。</translation>
    </message>
    <message>
        <source>Remote Viewer is not installed. Install the package virt-viewer to open SPICE displays.</source>
        <translation>未安装 Remote Viewer。请安装 virt-viewer 软件包以打开 SPICE 图形显示。</translation>
    </message>
    <message>
        <source>The virtual machine must run to open its display in Remote Viewer.</source>
        <translation>虚拟机必须处于运行状态，才能在 Remote Viewer 中打开其图形显示。</translation>
    </message>
    <message>
        <source>Remote Viewer shows the display in a window of its own. It closes when QVirt quits.</source>
        <translation>Remote Viewer 会在单独的窗口中显示该图形显示。退出 QVirt 时它会随之关闭。</translation>
    </message>
    <message>
        <source>This virtual machine is transient: it has no definition to change.</source>
        <translation>此虚拟机是临时虚拟机：没有可更改的定义。</translation>
    </message>
    <message>
        <source>The display is switched to VNC for the next start. Shut the virtual machine down and start it again to see its screen here.</source>
        <translation>图形显示已切换为 VNC，将在下次启动时生效。请将虚拟机关机并重新启动，即可在此处查看其画面。</translation>
    </message>
    <message>
        <source>Changes the definition for the next start: the display becomes VNC and devices that work only with SPICE are adapted or removed. QVirt keeps the current definition so you can go back to SPICE.</source>
        <translation>更改定义（下次启动时生效）：图形显示改为 VNC，仅能配合 SPICE 工作的设备将被调整或移除。QVirt 会保留当前定义，以便您改回 SPICE。</translation>
    </message>
    <message>
        <source>Remote Viewer was started; it reaches the display through the host&apos;s SSH connection.</source>
        <translation>Remote Viewer 已启动；它通过与主机的 SSH 连接访问图形显示。</translation>
    </message>
    <message>
        <source>Remote Viewer was started.</source>
        <translation>Remote Viewer 已启动。</translation>
    </message>
    <message>
        <source>Remote Viewer</source>
        <extracomment>Title of the error box when remote-viewer could not be opened</extracomment>
        <translation>Remote Viewer</translation>
    </message>
    <message>
        <source>The display of &quot;%1&quot; could not be opened in Remote Viewer.</source>
        <translation>无法在 Remote Viewer 中打开“%1”的图形显示。</translation>
    </message>
    <message>
        <source>Switch Display to VNC</source>
        <extracomment>Title of error boxes about switching a VM&apos;s display from SPICE to VNC</extracomment>
        <translation>将图形显示切换为 VNC</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; could not be read.</source>
        <translation>无法读取“%1”的定义。</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; has no SPICE display to switch.</source>
        <translation>“%1”的定义中没有可切换的 SPICE 图形显示。</translation>
    </message>
    <message>
        <source>The definition changed while the list of changes was shown. Look at the list again.</source>
        <translation>在显示更改列表期间，定义已发生变化。请重新查看该列表。</translation>
    </message>
    <message>
        <source>The display of &quot;%1&quot; could not be switched to VNC.</source>
        <translation>无法将“%1”的图形显示切换为 VNC。</translation>
    </message>
    <message>
        <source>Go Back to SPICE</source>
        <extracomment>Title of the question and error boxes about restoring a VM&apos;s SPICE display
----------
Button: restore the VM&apos;s definition from before the switch to VNC</extracomment>
        <translation>改回 SPICE</translation>
    </message>
    <message>
        <source>QVirt keeps no definition of &quot;%1&quot; from before a switch to VNC.</source>
        <translation>QVirt 没有保存“%1”在切换为 VNC 之前的定义。</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; was changed after its display was switched to VNC. Going back restores the definition from before the switch, which undoes those later changes as well.</source>
        <translation>“%1”的图形显示切换为 VNC 之后，其定义又被更改过。改回将恢复切换之前的定义，这也会撤销之后的那些更改。</translation>
    </message>
    <message>
        <source>Go Back and Undo Them</source>
        <extracomment>Button: restore the SPICE definition although it undoes later changes</extracomment>
        <translation>改回并撤销这些更改</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; from before its display was switched to VNC is restored exactly. It takes effect the next time the virtual machine starts.</source>
        <translation>已原样恢复“%1”在图形显示切换为 VNC 之前的定义。该定义将在虚拟机下次启动时生效。</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; from before the switch could not be restored.</source>
        <translation>无法恢复“%1”在切换之前的定义。</translation>
    </message>
</context>
<context>
    <name>StatsPlot</name>
    <message>
        <source>%1: %2 (%3 to %4)</source>
        <extracomment>Read-out of a 24-hour graph: %1 the series (&quot;vda read&quot;), %2 the minute&apos;s average, %3 its minimum, %4 its maximum</extracomment>
        <translation>%1：%2（%3 至 %4）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Read-out of a graph: %1 the series (&quot;CPU&quot;, &quot;vda read&quot;), %2 its value with unit (&quot;2.5 MB/s&quot;)</extracomment>
        <translation>%1：%2</translation>
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
        <translation>最近 1 分钟</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <extracomment>Time range of the performance graphs</extracomment>
        <translation>最近 10 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <extracomment>Time range of the performance graphs</extracomment>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <extracomment>Time range of the performance graphs: shows the minimum, average and maximum of each minute</extracomment>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Time range</source>
        <extracomment>Accessible name of the combo box that picks the time range of the performance graphs</extracomment>
        <translation>时间范围</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The image is not in a libvirt storage pool on the remote host, so it cannot be deleted from here. Remove it on the host.</source>
        <translation>该映像不在远程主机的 libvirt 存储池中，因此无法在此处删除。请在该主机上删除它。</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened as a storage pool: %2</source>
        <translation>无法将文件夹 %1 打开为存储池：%2</translation>
    </message>
    <message>
        <source>The file is not in the folder %1 on the host.</source>
        <translation>该文件不在主机上的文件夹 %1 中。</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>&amp;Create a disk image</source>
        <translation>创建磁盘映像(&amp;C)</translation>
    </message>
    <message>
        <source>Use an &amp;existing volume or disk image</source>
        <translation>使用现有的卷或磁盘映像(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;No disk</source>
        <translation>无磁盘(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Create the storage pool &quot;default&quot; in /var/lib/libvirt/images</source>
        <translation>在 /var/lib/libvirt/images 中创建存储池“default”</translation>
    </message>
    <message>
        <source> GiB</source>
        <extracomment>Unit suffix of a disk size in gibibytes</extracomment>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>磁盘大小</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>存储池</translation>
    </message>
    <message>
        <source>Disk image format</source>
        <translation>磁盘映像格式</translation>
    </message>
    <message>
        <source>Path on the host</source>
        <translation>主机上的路径</translation>
    </message>
    <message>
        <source>Disk bus</source>
        <translation>磁盘总线</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>存储池(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Disk b&amp;us:</source>
        <translation>磁盘总线(&amp;U)：</translation>
    </message>
    <message>
        <source>VirtIO (fastest; needs VirtIO drivers)</source>
        <translation>VirtIO（最快；需要 VirtIO 驱动）</translation>
    </message>
    <message>
        <source>SATA</source>
        <translation>SATA</translation>
    </message>
    <message>
        <source>SCSI (VirtIO SCSI)</source>
        <translation>SCSI（VirtIO SCSI）</translation>
    </message>
    <message>
        <source>IDE (i440FX only)</source>
        <translation>IDE（仅限 i440FX）</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（未激活）</translation>
    </message>
    <message>
        <source>%1 (%2, %3 free)</source>
        <translation>%1（%2，可用 %3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The VM boots from the image %1. QVirt does not copy it.</source>
        <translation>虚拟机将从映像 %1 引导。QVirt 不会复制该映像。</translation>
    </message>
    <message>
        <source>This host has no storage pools. A new disk image needs one.</source>
        <translation>此主机没有存储池。创建新磁盘映像需要一个存储池。</translation>
    </message>
    <message>
        <source>The pool %1 is not active: start it in the host&apos;s storage settings first.</source>
        <translation>存储池 %1 未激活：请先在主机的存储设置中启动它。</translation>
    </message>
    <message>
        <source>The disk may grow larger than the %1 free in this pool.</source>
        <translation>该磁盘可能会增长到超过此存储池的可用空间 %1。</translation>
    </message>
    <message>
        <source>The Q35 chipset has no IDE controller: choose SATA, or the i440FX chipset on the previous page.</source>
        <translation>Q35 芯片组没有 IDE 控制器：请选择 SATA，或在上一页选择 i440FX 芯片组。</translation>
    </message>
    <message>
        <source>%1 has no VirtIO drivers of its own: its installer will not see this disk without a driver disk.</source>
        <translation>%1 本身不带 VirtIO 驱动：没有驱动盘时，其安装程序将无法识别此磁盘。</translation>
    </message>
    <message>
        <source>New VM</source>
        <translation>新建虚拟机</translation>
    </message>
    <message>
        <source>The storage pool &quot;default&quot; could not be created.</source>
        <translation>无法创建存储池“default”。</translation>
    </message>
    <message>
        <source>Check that /var/lib/libvirt/images can be made on the host, or choose an existing image instead.</source>
        <translation>请检查能否在主机上创建 /var/lib/libvirt/images，或改为选择现有映像。</translation>
    </message>
</context>
<context>
    <name>StoragePoolModel</name>
    <message>
        <source>Active</source>
        <extracomment>State of a storage pool</extracomment>
        <translation>活动</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>未激活</translation>
    </message>
    <message>
        <source>On boot</source>
        <extracomment>Whether a storage pool starts with the host</extracomment>
        <translation>开机启动</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the storage pool list</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column of the storage pool list: active or inactive</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Autostart</source>
        <extracomment>Column of the storage pool list: whether it starts with the host</extracomment>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column of the storage pool list: dir, netfs, logical...</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>Column of the storage pool list: its folder on the host</extracomment>
        <translation>路径</translation>
    </message>
    <message>
        <source>Capacity</source>
        <extracomment>Column of the storage pool list: its total size</extracomment>
        <translation>容量</translation>
    </message>
    <message>
        <source>Allocation</source>
        <extracomment>Column of the storage pool list: the space in use</extracomment>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Available</source>
        <extracomment>Column of the storage pool list: the free space</extracomment>
        <translation>可用</translation>
    </message>
</context>
<context>
    <name>StoragePools</name>
    <message>
        <source>The host&apos;s storage pools could not be listed.</source>
        <translation>无法列出主机的存储池。</translation>
    </message>
    <message>
        <source>The storage pool %1 was defined but could not be started: %2</source>
        <translation>存储池 %1 已定义，但无法启动：%2</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be stopped: %2</source>
        <translation>无法停止存储池 %1：%2</translation>
    </message>
    <message>
        <source>The storage of pool %1 could not be deleted; the pool is stopped and still defined: %2</source>
        <translation>无法删除存储池 %1 的存储；该存储池已停止，但仍处于已定义状态：%2</translation>
    </message>
</context>
<context>
    <name>StorageVolumeModel</name>
    <message>
        <source>%1 is an overlay on %2.</source>
        <translation>%1 是 %2 之上的覆盖文件。</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the volume list</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Format</source>
        <extracomment>Column of the volume list: qcow2, raw, iso...</extracomment>
        <translation>格式</translation>
    </message>
    <message>
        <source>Capacity</source>
        <extracomment>Column of the volume list: the size the guest sees</extracomment>
        <translation>容量</translation>
    </message>
    <message>
        <source>Allocation</source>
        <extracomment>Column of the volume list: the space it takes on the host</extracomment>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>Column of the volume list: its file on the host</extracomment>
        <translation>路径</translation>
    </message>
    <message>
        <source>Used by</source>
        <extracomment>Column of the volume list: the virtual machines whose disks use it</extracomment>
        <translation>使用者</translation>
    </message>
</context>
<context>
    <name>StorageVolumes</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready to create the VM</source>
        <translation>准备创建虚拟机</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Name of the VM</source>
        <translation>虚拟机名称</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>C&amp;ustomize the hardware before installing</source>
        <translation>安装前自定义硬件(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Start the VM when it is created</source>
        <translation>创建后启动虚拟机(&amp;S)</translation>
    </message>
    <message>
        <source>Give the VM a name.</source>
        <translation>请为虚拟机命名。</translation>
    </message>
    <message>
        <source>A VM&apos;s name cannot contain / \ &lt; &gt; &amp; &apos; or &quot; or start with a space.</source>
        <translation>虚拟机名称不能包含 / \ &lt; &gt; &amp; &apos; 或 &quot;，也不能以空格开头。</translation>
    </message>
    <message>
        <source>This host already has a VM named %1.</source>
        <translation>此主机上已有名为 %1 的虚拟机。</translation>
    </message>
    <message>
        <source>&amp;Begin Installation</source>
        <translation>开始安装(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ustomize the hardware before creating</source>
        <translation>创建前自定义硬件(&amp;U)</translation>
    </message>
    <message>
        <source>From the ISO image %1</source>
        <translation>从 ISO 映像 %1 安装</translation>
    </message>
    <message>
        <source>From the network install tree %1</source>
        <translation>从网络安装树 %1 安装</translation>
    </message>
    <message>
        <source>Boots the existing image %1</source>
        <translation>从现有映像 %1 引导</translation>
    </message>
    <message>
        <source>Boots from the network (PXE)</source>
        <translation>从网络引导（PXE）</translation>
    </message>
    <message>
        <source>No installation</source>
        <translation>不安装</translation>
    </message>
    <message>
        <source>New %1 image of %2 in the pool %3 (%4), on the %5 bus</source>
        <translation>在存储池 %3（%4）中新建 %2 的 %1 映像，使用 %5 总线</translation>
    </message>
    <message>
        <source>%1 (%2), on the %3 bus</source>
        <translation>%1（%2），使用 %3 总线</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Virtual network %1, %2</source>
        <translation>虚拟网络 %1，%2</translation>
    </message>
    <message>
        <source>Host bridge %1, %2</source>
        <translation>主机网桥 %1，%2</translation>
    </message>
    <message>
        <source>Macvtap on %1, %2</source>
        <translation>%1 上的 Macvtap，%2</translation>
    </message>
    <message>
        <source>User-mode networking, %1</source>
        <translation>用户模式网络，%1</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI with secure boot</source>
        <translation>UEFI（启用安全启动）</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装方式</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Chipset and firmware</source>
        <translation>芯片组和固件</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>图形显示</translation>
    </message>
    <message>
        <source>VNC on %1</source>
        <translation>VNC，监听 %1</translation>
    </message>
    <message>
        <source>VNC on %1 with a password</source>
        <translation>VNC，监听 %1，设有密码</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Emulated TPM 2.0</source>
        <translation>模拟的 TPM 2.0</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <extracomment>%1 says what is transferred (Uploading x into y)</extracomment>
        <translation>取消：%1</translation>
    </message>
</context>
<context>
    <name>TreeDownloader</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>无法下载 %1：%2</translation>
    </message>
</context>
<context>
    <name>TypeTextDialog</name>
    <message>
        <source>German</source>
        <extracomment>Guest keyboard layout for typing text into a VM</extracomment>
        <translation>德语</translation>
    </message>
    <message>
        <source>French (AZERTY)</source>
        <extracomment>Guest keyboard layout for typing text into a VM</extracomment>
        <translation>法语（AZERTY）</translation>
    </message>
    <message>
        <source>Japanese (106/109 keys)</source>
        <extracomment>Guest keyboard layout for typing text into a VM (the JIS keyboard with 106 or 109 keys)</extracomment>
        <translation>日语（106/109 键）</translation>
    </message>
    <message>
        <source>English (US)</source>
        <extracomment>Guest keyboard layout for typing text into a VM</extracomment>
        <translation>英语（美国）</translation>
    </message>
    <message>
        <source>Type Text</source>
        <extracomment>Title of the dialog that types text into a VM&apos;s console as key presses</extracomment>
        <translation>键入文本</translation>
    </message>
    <message>
        <source>QVirt presses the keys that make this text in the guest, as if typed on its keyboard. Line breaks are typed as Enter.</source>
        <translation>QVirt 会在客户机中按下产生此文本所需的按键，如同在其键盘上键入一样。换行符以 Enter 键入。</translation>
    </message>
    <message>
        <source>Text to type into the guest</source>
        <translation>要键入客户机的文本</translation>
    </message>
    <message>
        <source>Guest keyboard layout:</source>
        <translation>客户机键盘布局：</translation>
    </message>
    <message>
        <source>Guest keyboard layout</source>
        <translation>客户机键盘布局</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Button that starts typing the text into the VM</extracomment>
        <translation>键入</translation>
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
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Filter by name or title</source>
        <translation>按名称或标题筛选</translation>
    </message>
    <message>
        <source>Filter virtual machines</source>
        <translation>筛选虚拟机</translation>
    </message>
    <message>
        <source>Show virtual machines in state</source>
        <translation>显示处于此状态的虚拟机</translation>
    </message>
    <message>
        <source>All states</source>
        <extracomment>State filter of the virtual machine list</extracomment>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>State filter: VMs that are running or paused (every VM that is not shut off)</extracomment>
        <translation>活动</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>State filter: VMs that are running</extracomment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>filter: domains in paused state</comment>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Shut off</source>
        <extracomment>State filter: VMs that are shut off</extracomment>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Menu action: open the selected VM&apos;s window (console and details)</extracomment>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>保存到文件…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Select one or more virtual machines.</source>
        <translation>请选择一台或多台虚拟机。</translation>
    </message>
    <message>
        <source>Migrate…</source>
        <extracomment>Menu action: move the selected VM to another host</extracomment>
        <translation>迁移…</translation>
    </message>
    <message>
        <source>Select one virtual machine.</source>
        <translation>请选择一台虚拟机。</translation>
    </message>
    <message>
        <source>Connect to the destination host first.</source>
        <translation>请先连接到目标主机。</translation>
    </message>
    <message>
        <source>Clone…</source>
        <extracomment>Menu action: make a copy (full or linked) of the selected VM</extracomment>
        <translation>克隆…</translation>
    </message>
    <message>
        <source>Shut the virtual machine down or pause it to clone it.</source>
        <translation>请先将虚拟机关机或暂停，再进行克隆。</translation>
    </message>
</context>
<context>
    <name>VmWindow</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; no longer exists on %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 已不存在于 %2 上。</translation>
    </message>
    <message>
        <source>Actions</source>
        <extracomment>Accessible name of the VM window&apos;s toolbar</extracomment>
        <translation>操作</translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>Tab of the VM window</extracomment>
        <translation>概况</translation>
    </message>
    <message>
        <source>Console</source>
        <extracomment>Tab of the VM window: the VM&apos;s screen</extracomment>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Hardware</source>
        <extracomment>Tab of the VM window</extracomment>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Performance</source>
        <extracomment>Tab of the VM window: usage graphs</extracomment>
        <translation>性能</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>保存到文件…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>%1 on %2 — QVirt</source>
        <translation>%2 上的 %1 — QVirt</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID：</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPU：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>Maximum memory:</source>
        <translation>最大内存：</translation>
    </message>
    <message>
        <source>Autostart:</source>
        <translation>自动启动：</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Value of the Autostart and Persistent rows</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Value of the Autostart row: the VM does not start when the host boots</extracomment>
        <translation>否</translation>
    </message>
    <message>
        <source>Persistent:</source>
        <extracomment>Row label: whether libvirt keeps the VM&apos;s definition after it stops</extracomment>
        <translation>持久性：</translation>
    </message>
    <message>
        <source>No (transient: gone when it stops)</source>
        <translation>否（临时：停止后即消失）</translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>无法读取配置：%1</translation>
    </message>
    <message>
        <source>The configuration could not be parsed: %1</source>
        <translation>无法解析配置：%1</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>虚拟机管理程序：</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>架构：</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>固件：</translation>
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
        <translation>模拟器：</translation>
    </message>
    <message>
        <source>Disks:</source>
        <translation>磁盘：</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Value of the Disks, Display and Network rows when the VM has none</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>port chosen at start</source>
        <extracomment>Display row: libvirt picks the VNC port when the VM starts (autoport)</extracomment>
        <translation>启动时分配端口</translation>
    </message>
    <message>
        <source>Display:</source>
        <extracomment>Row label: the VM&apos;s graphical display (VNC, SPICE)</extracomment>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>The console is in its own window. Close that window to bring it back here.</source>
        <translation>控制台已在单独的窗口中打开。关闭该窗口即可将其移回此处。</translation>
    </message>
    <message>
        <source>%1 — Console — QVirt</source>
        <translation>%1 — 控制台 — QVirt</translation>
    </message>
    <message>
        <source>%1 (managed save present: starting resumes it)</source>
        <extracomment>%1 is the VM&apos;s state, e.g. &quot;Shut off&quot;.</extracomment>
        <translation>%1（存在托管保存：启动时将从保存的状态继续运行）</translation>
    </message>
    <message>
        <source>empty</source>
        <comment>disk source</comment>
        <extracomment>A drive with no medium (an empty CD-ROM), shown where the image&apos;s path would be.</extracomment>
        <translation>无介质</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <extracomment>A VM&apos;s disk: %1 target (vda), %2 device (disk, cdrom), %3 format or bus, %4 the image.</extracomment>
        <translation>%1（%2，%3）：%4</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3): %4 on %n backing file(s)</source>
        <extracomment>%1 target (vda), %2 device, %3 format, %4 the image, %n how many images lie under it.</extracomment>
        <translation>
            <numerusform>%1（%2，%3）：%4（基于 %n 个后备文件）</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>连接已关闭。</translation>
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
        <translation>服务器通告了不可能的屏幕尺寸 %1×%2。</translation>
    </message>
    <message>
        <source>Cannot reach the VNC server at %1:%2: %3</source>
        <translation>无法访问位于 %1:%2 的 VNC 服务器：%3</translation>
    </message>
    <message>
        <source>The VNC server refused the password.</source>
        <translation>VNC 服务器拒绝了该密码。</translation>
    </message>
    <message>
        <source>The VNC handshake failed: %1</source>
        <translation>VNC 握手失败：%1</translation>
    </message>
    <message>
        <source>The VNC server could not be set up: %1</source>
        <translation>无法与 VNC 服务器完成初始设置：%1</translation>
    </message>
    <message>
        <source>The VNC server closed the connection: %1</source>
        <translation>VNC 服务器关闭了连接：%1</translation>
    </message>
    <message>
        <source>The server sent a rectangle outside the screen.</source>
        <translation>服务器发送的矩形超出了屏幕范围。</translation>
    </message>
    <message>
        <source>The server sent encoding %1, which was not asked for.</source>
        <translation>服务器发送了未请求的编码 %1。</translation>
    </message>
    <message>
        <source>The VNC server does not allow the guest&apos;s screen to be resized.</source>
        <translation>VNC 服务器不允许调整客户机的屏幕尺寸。</translation>
    </message>
    <message>
        <source>The guest&apos;s screen cannot take that size: the VNC server is out of resources.</source>
        <translation>客户机屏幕无法采用该尺寸：VNC 服务器资源不足。</translation>
    </message>
    <message>
        <source>The guest&apos;s video device cannot change its size on request. A virtio or QXL video device can, with the guest&apos;s display driver or agent.</source>
        <translation>客户机的显卡设备无法按请求改变尺寸。virtio 或 QXL 显卡设备配合客户机的显示驱动或代理即可做到。</translation>
    </message>
    <message>
        <source>The VNC server refused the new screen size (status %1).</source>
        <translation>VNC 服务器拒绝了新的屏幕尺寸（状态 %1）。</translation>
    </message>
    <message>
        <source>This VNC server cannot resize the guest&apos;s screen.</source>
        <translation>此 VNC 服务器无法调整客户机的屏幕尺寸。</translation>
    </message>
    <message>
        <source>The server sent a picture that cannot be decoded.</source>
        <translation>服务器发送了无法解码的画面数据。</translation>
    </message>
    <message>
        <source>The server sent a clipboard message of %1 MiB, more than QVirt takes (%2 MiB).</source>
        <translation>服务器发送了 %1 MiB 的剪贴板消息，超过了 QVirt 可接受的上限（%2 MiB）。</translation>
    </message>
    <message>
        <source>The guest&apos;s clipboard holds more than %1 MiB of text; it was not copied.</source>
        <translation>客户机剪贴板中的文本超过 %1 MiB，因此未复制。</translation>
    </message>
    <message>
        <source>The guest&apos;s clipboard text arrived damaged; it was not copied.</source>
        <translation>客户机的剪贴板文本在传输中损坏，因此未复制。</translation>
    </message>
</context>
<context>
    <name>VncSettings</name>
    <message>
        <source>Automatic</source>
        <extracomment>VNC encoding choice: QVirt picks one by the kind of link</extracomment>
        <translation>自动</translation>
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
        <translation>选择卷</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>存储池</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>选择(&amp;H)</translation>
    </message>
    <message>
        <source>Reading the host&apos;s storage pools…</source>
        <translation>正在读取主机的存储池…</translation>
    </message>
    <message>
        <source>The host&apos;s storage pools could not be read: %1</source>
        <translation>无法读取主机的存储池：%1</translation>
    </message>
    <message>
        <source>This host has no storage pools.</source>
        <translation>此主机没有存储池。</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（未激活）</translation>
    </message>
    <message>
        <source>Reading the volumes of %1…</source>
        <translation>正在读取 %1 中的卷…</translation>
    </message>
    <message>
        <source>The volumes of %1 could not be read: %2</source>
        <translation>无法读取 %1 中的卷：%2</translation>
    </message>
    <message>
        <source>The pool %1 holds no volumes.</source>
        <translation>存储池 %1 中没有卷。</translation>
    </message>
</context>
<context>
    <name>VolumeTransfer</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>传输已取消。</translation>
    </message>
</context>
<context>
    <name>XmlEditorPanel</name>
    <message>
        <source>Save</source>
        <extracomment>Button of the XML editor: define the edited XML in libvirt</extracomment>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the definition; libvirt checks it first (%1).</source>
        <translation>保存定义；libvirt 会先对其进行检查（%1）。</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Button of the XML editor: throw away the edits</extracomment>
        <translation>还原</translation>
    </message>
    <message>
        <source>Go back to the definition as libvirt has it.</source>
        <translation>恢复为 libvirt 中现有的定义。</translation>
    </message>
    <message>
        <source>XML editor actions</source>
        <extracomment>Accessible name of the XML editor&apos;s toolbar</extracomment>
        <translation>XML 编辑器操作</translation>
    </message>
    <message>
        <source>XML definition</source>
        <extracomment>Accessible name of the XML text editor</extracomment>
        <translation>XML 定义</translation>
    </message>
    <message>
        <source>Why the definition was not saved</source>
        <translation>定义未保存的原因</translation>
    </message>
    <message>
        <source>Notice about the definition</source>
        <translation>关于定义的提示</translation>
    </message>
    <message>
        <source>The definition could not be read: %1</source>
        <translation>无法读取定义：%1</translation>
    </message>
    <message>
        <source>Definition Changed</source>
        <translation>定义已更改</translation>
    </message>
    <message>
        <source>The definition changed outside the editor since it was loaded. Overwrite that change with your text, or reload the definition and lose your edits?</source>
        <translation>自加载以来，定义已在编辑器之外被更改。要用您的文本覆盖该更改，还是重新加载定义并丢失您的编辑？</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Reload</source>
        <extracomment>Button: load the XML definition again</extracomment>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>The definition was not saved: libvirt found a problem at line %1.
%2</source>
        <extracomment>%1 is a line number, %2 libvirt&apos;s message</extracomment>
        <translation>定义未保存：libvirt 在第 %1 行发现问题。
%2</translation>
    </message>
    <message>
        <source>Go to Line %1</source>
        <extracomment>Button: put the cursor on the line an error names</extracomment>
        <translation>转到第 %1 行</translation>
    </message>
    <message>
        <source>The definition was not saved.
%1</source>
        <translation>定义未保存。
%1</translation>
    </message>
    <message>
        <source>This definition has unsaved edits from an earlier session.</source>
        <translation>此定义有上次会话中未保存的编辑。</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>Button: bring back unsaved edits of the XML definition</extracomment>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <extracomment>Button: delete unsaved edits of the XML definition</extracomment>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>The definition changed outside the editor. Reload it to see the change; your edits are then lost.</source>
        <translation>定义已在编辑器之外被更改。重新加载即可看到该更改，但您的编辑将会丢失。</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The XML definition has changes that are not saved. Save them before closing?</source>
        <translation>XML 定义有尚未保存的更改。要在关闭前保存吗？</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>no virtual machine named &quot;%1&quot; on %2</source>
        <translation>%2 上没有名为“%1”的虚拟机</translation>
    </message>
    <message>
        <source>there is no display to open a window on. Log in with &quot;ssh -X&quot; to show QVirt on your desktop, or run QVirt on your desktop with --connect qemu+ssh://user@host/system.</source>
        <translation>没有可以打开窗口的图形显示环境。请用“ssh -X”登录，让 QVirt 显示在您的桌面上；或者在您的桌面上运行 QVirt，并使用 --connect qemu+ssh://user@host/system。</translation>
    </message>
</context>
</TS>
