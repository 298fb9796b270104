<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AddConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation>新增連線</translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation>虛擬機器管理程式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>傳輸方式(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>主機(&amp;O)：</translation>
    </message>
    <message>
        <source>host.example.com or host:port</source>
        <translation>host.example.com 或 host:port</translation>
    </message>
    <message>
        <source>Host &amp;file:</source>
        <translation>主機檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>empty: the built-in test host</source>
        <translation>留空：使用內建測試主機</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Enter the &amp;URI directly</source>
        <translation>直接輸入 URI(&amp;U)</translation>
    </message>
    <message>
        <source>UR&amp;I:</source>
        <translation>URI(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Connect automatically when QVirt starts</source>
        <translation>QVirt 啟動時自動連線(&amp;C)</translation>
    </message>
    <message>
        <source>Test Driver Host File</source>
        <translation>測試驅動程式主機檔案</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML 檔案 (*.xml)</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM 使用者工作階段</translation>
    </message>
    <message>
        <source>Test driver</source>
        <extracomment>Hypervisor choice: libvirt&apos;s built-in test driver, a fake host for trying QVirt out</extracomment>
        <translation>測試驅動程式</translation>
    </message>
    <message>
        <source>Local</source>
        <extracomment>Transport choice: connect to libvirt on this machine (no network)</extracomment>
        <translation>本機</translation>
    </message>
    <message>
        <source>SSH (ssh command)</source>
        <translation>SSH（ssh 指令）</translation>
    </message>
    <message>
        <source>SSH (libssh, asks for passwords here)</source>
        <translation>SSH（libssh，在此詢問密碼）</translation>
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
        <translation>無法使用「%1」：%2</translation>
    </message>
</context>
<context>
    <name>AddHostDeviceDialog</name>
    <message>
        <source>Add Host Device</source>
        <translation>新增主機裝置</translation>
    </message>
    <message>
        <source>PCI Device</source>
        <translation>PCI 裝置</translation>
    </message>
    <message>
        <source>SR-IOV Network Function</source>
        <translation>SR-IOV 網路功能</translation>
    </message>
    <message>
        <source>USB Device</source>
        <translation>USB 裝置</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Button: add the chosen host device to the VM</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <source>The host&apos;s devices could not be listed: %1</source>
        <translation>無法列出主機的裝置：%1</translation>
    </message>
    <message>
        <source>PCI devices by IOMMU group</source>
        <translation>依 IOMMU 群組列出的 PCI 裝置</translation>
    </message>
    <message>
        <source>Let libvirt bind the devices to vfio-pci when the VM starts and give them back when it stops (managed)</source>
        <translation>由 libvirt 在虛擬機器啟動時將裝置綁定至 vfio-pci，並在虛擬機器停止時歸還給主機驅動程式（managed）</translation>
    </message>
    <message>
        <source>Bind to vfio-pci Now</source>
        <translation>立即綁定至 vfio-pci</translation>
    </message>
    <message>
        <source>Give Back to Host Driver</source>
        <translation>歸還給主機驅動程式</translation>
    </message>
    <message>
        <source>Virtual function</source>
        <extracomment>Column header: an SR-IOV virtual function (VF) of a network card</extracomment>
        <translation>虛擬功能</translation>
    </message>
    <message>
        <source>Host driver</source>
        <translation>主機驅動程式</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用方</translation>
    </message>
    <message>
        <source>As a network interface with its own MAC address (interface type=&apos;hostdev&apos;)</source>
        <translation>作為擁有獨立 MAC 位址的網路介面（interface type=&apos;hostdev&apos;）</translation>
    </message>
    <message>
        <source>As a plain PCI device (the guest driver sets the MAC)</source>
        <translation>作為一般 PCI 裝置（由客體系統的驅動程式設定 MAC）</translation>
    </message>
    <message>
        <source>Take any free function from a pool network:</source>
        <translation>從池網路中任取一個可用的虛擬功能：</translation>
    </message>
    <message>
        <source>Create Pool Network…</source>
        <translation>建立池網路…</translation>
    </message>
    <message>
        <source>Network card:</source>
        <translation>網路卡：</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC 位址：</translation>
    </message>
    <message>
        <source>USB devices</source>
        <translation>USB 裝置</translation>
    </message>
    <message>
        <source>By vendor and product: follows the device to any port</source>
        <translation>依廠商與產品：無論裝置插在哪個連接埠都能跟隨</translation>
    </message>
    <message>
        <source>By bus and device number: this port only (for identical devices)</source>
        <translation>依匯流排編號與裝置編號：僅限此連接埠（用於區分多個相同的裝置）</translation>
    </message>
    <message>
        <source>Add Host Device to %1</source>
        <translation>新增主機裝置至 %1</translation>
    </message>
    <message>
        <source>This host is not ready for passthrough yet:
%1</source>
        <translation>此主機尚未準備好進行直通：
%1</translation>
    </message>
    <message>
        <source>Choose a device or an IOMMU group.</source>
        <translation>請選擇一個裝置或 IOMMU 群組。</translation>
    </message>
    <message>
        <source>Reading the host&apos;s devices…</source>
        <translation>正在讀取主機的裝置…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a PCI bridge. Bridges stay with the host: they connect the other devices of group %2 and do not stop them from being passed through.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 是 PCI 橋接器。橋接器會保留在主機上：它們連接 IOMMU 群組 %2 中的其他裝置，不會妨礙這些裝置直通。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The host&apos;s IOMMU is off&lt;/b&gt;, so no device can be passed through. Turn on VT-d (Intel) or AMD-Vi in the firmware and add &lt;tt&gt;intel_iommu=on&lt;/tt&gt; or &lt;tt&gt;amd_iommu=on&lt;/tt&gt; to the kernel command line.</source>
        <translation>&lt;b&gt;主機的 IOMMU 未啟用&lt;/b&gt;，因此無法直通任何裝置。請在韌體中開啟 VT-d（Intel）或 AMD-Vi，並在核心命令列中加入 &lt;tt&gt;intel_iommu=on&lt;/tt&gt; 或 &lt;tt&gt;amd_iommu=on&lt;/tt&gt;。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3.</source>
        <extracomment>%1 is the device name, %2 its PCI address, %3 its device class (e.g. VGA compatible controller)</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2），%3。</translation>
    </message>
    <message numerus="yes">
        <source>IOMMU group %1 has %n device(s) that must go to the same VM together:</source>
        <translation>
            <numerusform>IOMMU 群組 %1 中有 %n 個裝置，必須一起指派給同一台虛擬機器：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add all %n devices of IOMMU group %1</source>
        <extracomment>Check box; only shown when the group has two or more devices; %1 is the group number</extracomment>
        <translation>
            <numerusform>新增 IOMMU 群組 %1 中的所有裝置（%n 個）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group&apos;s %n bridge(s) stay with the host and are not added.</source>
        <translation>
            <numerusform>此群組中的 %n 個橋接器會保留在主機上，不會被新增。</numerusform>
        </translation>
    </message>
    <message>
        <source>Already used by %1: only one of these VMs can run at a time.</source>
        <translation>已被 %1 使用：這些虛擬機器同一時間只能執行其中一台。</translation>
    </message>
    <message>
        <source>%1 (driver %2)</source>
        <extracomment>%1 is a PCI device, %2 the host kernel driver it is bound to</extracomment>
        <translation>%1（驅動程式 %2）</translation>
    </message>
    <message>
        <source>Still bound to host drivers: %1. Bind them to vfio-pci now, or keep &quot;managed&quot; on so libvirt does it when the VM starts (a graphics card the host&apos;s display uses must be freed from its driver first).</source>
        <translation>仍綁定在主機驅動程式上：%1。請立即將其綁定至 vfio-pci，或保持勾選「managed」，由 libvirt 在虛擬機器啟動時完成綁定（主機顯示正在使用的顯示卡必須先從其驅動程式中釋放）。</translation>
    </message>
    <message>
        <source>none reported</source>
        <extracomment>Host driver column: libvirt did not name a driver for this function</extracomment>
        <translation>未回報</translation>
    </message>
    <message>
        <source>This host has no SR-IOV network card with virtual functions. A card that supports SR-IOV gets its functions with: echo 4 &gt; /sys/class/net/&lt;interface&gt;/device/sriov_numvfs</source>
        <translation>此主機沒有具備虛擬功能的 SR-IOV 網路卡。支援 SR-IOV 的網路卡可透過以下指令建立虛擬功能：echo 4 &gt; /sys/class/net/&lt;interface&gt;/device/sriov_numvfs</translation>
    </message>
    <message numerus="yes">
        <source>%n free virtual function(s). A pool network hands a free one to each guest interface when the VM starts, so VMs need no fixed addresses.</source>
        <translation>
            <numerusform>%n 個可用的虛擬功能。池網路會在虛擬機器啟動時為每個客體系統介面指派一個可用的虛擬功能，因此虛擬機器不需要固定位址。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a USB device.</source>
        <translation>請選擇一個 USB 裝置。</translation>
    </message>
    <message>
        <source>The host lists no USB devices.</source>
        <translation>主機未列出任何 USB 裝置。</translation>
    </message>
    <message>
        <source>Already used by %1.</source>
        <translation>已被 %1 使用。</translation>
    </message>
    <message>
        <source>%1, vendor %2 product %3, bus %4 device %5.</source>
        <translation>%1，廠商 %2，產品 %3，匯流排 %4，裝置 %5。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Devices</source>
        <extracomment>Dialog button when two or more devices are chosen</extracomment>
        <translation>
            <numerusform>新增 %n 個裝置</numerusform>
        </translation>
    </message>
    <message>
        <source>The device could not be added to %1.</source>
        <translation>無法將裝置新增至 %1。</translation>
    </message>
    <message>
        <source>Nothing was changed; the choice is still here to try again.</source>
        <translation>未做任何變更；所做的選擇仍保留在此，可以再試一次。</translation>
    </message>
    <message>
        <source>Create Pool Network</source>
        <translation>建立池網路</translation>
    </message>
    <message numerus="yes">
        <source>A libvirt network that hands each guest interface one of the %n free virtual function(s) of %1.
Name:</source>
        <translation>
            <numerusform>一個 libvirt 網路，從 %1 的可用虛擬功能（%n 個）中為每個客體系統介面指派一個。
名稱：</numerusform>
        </translation>
    </message>
    <message>
        <source>The network %1 could not be created.</source>
        <translation>無法建立網路 %1。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Status message</source>
        <extracomment>Accessible name of the message banner at the top of a window</extracomment>
        <translation>狀態訊息</translation>
    </message>
</context>
<context>
    <name>BlockJobs</name>
    <message>
        <source>Merging images needs the virtual machine running: QEMU does the work. Start it first.</source>
        <translation>合併映像檔需要虛擬機器處於執行狀態：合併工作由 QEMU 執行。請先啟動虛擬機器。</translation>
    </message>
    <message>
        <source>The host&apos;s disk is full. Free space there, then merge again; every image is still valid.</source>
        <translation>主機磁碟已滿。請在主機上釋放空間後再重新合併；所有映像檔仍然有效。</translation>
    </message>
    <message>
        <source>The chain of disk %1 changed. Look at it again, then merge.</source>
        <translation>磁碟 %1 的鏈已變更。請重新檢視後再合併。</translation>
    </message>
</context>
<context>
    <name>BootForm</name>
    <message>
        <source>CD-ROM drive %1</source>
        <translation>光碟機 %1</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>磁碟 %1</translation>
    </message>
    <message>
        <source>Network interface %1</source>
        <translation>網路介面 %1</translation>
    </message>
    <message>
        <source>Boot order:</source>
        <translation>開機順序：</translation>
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
        <translation>開機選單：</translation>
    </message>
    <message>
        <source>Show the boot menu when the VM starts</source>
        <translation>虛擬機器啟動時顯示開機選單</translation>
    </message>
    <message>
        <source>Kernel path:</source>
        <translation>核心路徑：</translation>
    </message>
    <message>
        <source>Initrd path:</source>
        <translation>Initrd 路徑：</translation>
    </message>
    <message>
        <source>Kernel arguments:</source>
        <translation>核心引數：</translation>
    </message>
    <message>
        <source>Device tree path:</source>
        <translation>裝置樹路徑：</translation>
    </message>
    <message>
        <source>Direct kernel boot needs the kernel&apos;s path.</source>
        <translation>直接核心開機需要核心的路徑。</translation>
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
        <translation>執行「apt install bridge-utils」，將 /etc/network/interfaces 中 %1 的設定行替換為以下內容，然後在主控台上執行「systemctl restart networking」（不要透過 %1 上的 SSH 執行）：</translation>
    </message>
    <message>
        <source>Debian or Ubuntu with NetworkManager:</source>
        <translation>使用 NetworkManager 的 Debian 或 Ubuntu：</translation>
    </message>
    <message>
        <source>Run these as root; the host&apos;s address moves from %1 to br0 (the old connection of %1 can then be deleted with &quot;nmcli connection delete&quot;):</source>
        <translation>以 root 身分執行以下指令；主機的位址會從 %1 移至 br0（之後可用「nmcli connection delete」刪除 %1 的舊連線）：</translation>
    </message>
    <message>
        <source>CentOS, RHEL or Fedora (NetworkManager):</source>
        <translation>CentOS、RHEL 或 Fedora（NetworkManager）：</translation>
    </message>
    <message>
        <source>Run these as root; the host&apos;s address moves from %1 to br0:</source>
        <translation>以 root 身分執行以下指令；主機的位址會從 %1 移至 br0：</translation>
    </message>
    <message>
        <source>No bridge such as br0 exists on this host. To put VMs on the host&apos;s LAN, make one on the host:</source>
        <translation>此主機上沒有 br0 之類的橋接器。若要讓虛擬機器連上主機的區域網路，請在主機上建立一個：</translation>
    </message>
    <message>
        <source>The host&apos;s distribution is not known here; the steps for each:</source>
        <translation>無法得知主機的發行版；以下為各發行版的步驟：</translation>
    </message>
</context>
<context>
    <name>ClipboardAgent</name>
    <message>
        <source>This virtual machine&apos;s SPICE agent channel uses the port the clipboard channel needs. Switch its display to VNC first; that replaces the SPICE channel with QEMU&apos;s.</source>
        <translation>此虛擬機器的 SPICE 代理程式通道佔用了剪貼簿通道所需的連接埠。請先將其圖形顯示切換為 VNC；這會以 QEMU 自身的通道取代 SPICE 通道。</translation>
    </message>
</context>
<context>
    <name>ClipboardBridge</name>
    <message numerus="yes">
        <source>Copied %n character(s) from the guest.</source>
        <extracomment>Console status note; %n is a number of characters</extracomment>
        <translation>
            <numerusform>已從客體系統複製 %n 個字元。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>Full clone: copy the disks</source>
        <translation>完整複製：複製磁碟</translation>
    </message>
    <message>
        <source>Linked clone: new overlays on the original&apos;s disk images</source>
        <translation>連結複製：在原始虛擬機器的磁碟映像檔上建立新的覆蓋檔案</translation>
    </message>
    <message>
        <source>Clone Virtual Machine</source>
        <translation>複製虛擬機器</translation>
    </message>
    <message>
        <source>Name of the clone</source>
        <translation>複本名稱</translation>
    </message>
    <message>
        <source>Number of clones</source>
        <translation>複本數量</translation>
    </message>
    <message>
        <source>Disks of the clone</source>
        <translation>複本的磁碟</translation>
    </message>
    <message>
        <source>Disk</source>
        <extracomment>Column header: a disk of the VM (its target, e.g. vda)</extracomment>
        <translation>磁碟</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Column header: the disk image file</extracomment>
        <translation>映像檔</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: what the clone does with the disk (copy, share, leave out)</extracomment>
        <translation>動作</translation>
    </message>
    <message>
        <source>New image</source>
        <extracomment>Column header: the name of the clone&apos;s new image</extracomment>
        <translation>新映像檔</translation>
    </message>
    <message>
        <source>Progress of the clone</source>
        <translation>複製進度</translation>
    </message>
    <message>
        <source>Clone</source>
        <extracomment>Button: make the clone(s)</extracomment>
        <translation>複製</translation>
    </message>
    <message>
        <source>Open the Clone</source>
        <extracomment>Button: open the window of the clone just made</extracomment>
        <translation>開啟複本</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Label of the clone&apos;s name; with several clones it is a pattern where %n is the number</extracomment>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;umber of clones:</source>
        <translation>複本數量(&amp;U)：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <extracomment>Label of the choice between a full and a linked clone</extracomment>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Reading the virtual machine&apos;s disks…</source>
        <translation>正在讀取虛擬機器的磁碟…</translation>
    </message>
    <message>
        <source>The virtual machine could not be read: %1</source>
        <translation>無法讀取虛擬機器：%1</translation>
    </message>
    <message>
        <source>Make a new virtual machine from %1: the same hardware and settings, a new UUID and new MAC addresses.</source>
        <translation>以 %1 建立新的虛擬機器：硬體與設定相同，但使用新的 UUID 與新的 MAC 位址。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A disk in the clone dialog&apos;s table: target and kind of device (vda (disk), sda (cdrom))</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>無映像檔</translation>
    </message>
    <message>
        <source>What the clone does with the disk %1</source>
        <translation>複本如何處理磁碟 %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>What the clone does with a disk: a new copy of it</extracomment>
        <translation>複製</translation>
    </message>
    <message>
        <source>Share</source>
        <extracomment>What the clone does with a disk: use the same image as the original</extracomment>
        <translation>共享</translation>
    </message>
    <message>
        <source>Leave out</source>
        <extracomment>What the clone does with a disk: the clone has no such disk</extracomment>
        <translation>略過</translation>
    </message>
    <message>
        <source>Add the Folder %1 as a Storage Pool</source>
        <translation>將資料夾 %1 新增為儲存池</translation>
    </message>
    <message>
        <source>Named after each clone</source>
        <extracomment>The new image column when several clones are made: each is named after its clone</extracomment>
        <translation>依各複本命名</translation>
    </message>
    <message>
        <source>Makes %1.</source>
        <translation>將建立 %1。</translation>
    </message>
    <message>
        <source>With several clones, %n in the name is replaced by a number: web-%n makes web-1, web-2…</source>
        <translation>建立多個複本時，名稱中的 %n 會替換為編號：web-%n 會產生 web-1、web-2…</translation>
    </message>
    <message>
        <source>%1 also moves onto a new overlay of its own, so that its current disk images stay as they are: they become the shared base of %1 and every linked clone, and deleting or merging them would break the clones. %1 must be shut off for this.</source>
        <translation>%1 本身也會改用一個新的覆蓋檔案，使其目前的磁碟映像檔維持不變：這些映像檔會成為 %1 與所有連結複本共享的基礎，刪除或合併它們會損壞複本。為此 %1 必須處於關機狀態。</translation>
    </message>
    <message>
        <source>%1 is running. Shut it down to make a linked clone.</source>
        <translation>%1 正在執行。請將它關機以建立連結複本。</translation>
    </message>
    <message>
        <source>%1 is running. Shut it down or pause it to make a full clone.</source>
        <translation>%1 正在執行。請將它關機或暫停以建立完整複本。</translation>
    </message>
    <message>
        <source>Name the clone.</source>
        <translation>請為複本命名。</translation>
    </message>
    <message>
        <source>A virtual machine named %1 already exists. Choose another name.</source>
        <translation>已有名為 %1 的虛擬機器。請選擇其他名稱。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Starting the copy…</source>
        <translation>正在開始複製…</translation>
    </message>
    <message>
        <source>Making the overlays…</source>
        <translation>正在建立覆蓋檔案…</translation>
    </message>
    <message>
        <source>Copying disk %1 of %2 (%3) for %4: %5 of %6.</source>
        <translation>正在為 %4 複製第 %1 個磁碟（共 %2 個，%3）：%5／%6。</translation>
    </message>
    <message>
        <source>No clone was made.</source>
        <translation>未建立任何複本。</translation>
    </message>
    <message>
        <source>%1 could not be cloned.</source>
        <translation>無法複製 %1。</translation>
    </message>
    <message>
        <source>Nothing made for the clone was kept, and %1 is as it was.</source>
        <translation>為複本建立的項目均未保留，%1 維持原狀。</translation>
    </message>
    <message>
        <source>Cancelled. The images made for the clone are deleted; %1 is as it was.</source>
        <translation>已取消。為複本建立的映像檔已刪除；%1 維持原狀。</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>已建立 %1。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The folder %1 could not be added as a storage pool.</source>
        <translation>無法將資料夾 %1 新增為儲存池。</translation>
    </message>
    <message>
        <source>Add it on the host, or choose Share for its disks.</source>
        <translation>請在主機上新增，或為其磁碟選擇「共享」。</translation>
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
        <translation>無法為 %3 複製磁碟 %2 的映像檔 %1：%4</translation>
    </message>
    <message>
        <source>The UEFI variables of %1 could not be copied for %2: %3</source>
        <translation>無法為 %2 複製 %1 的 UEFI 變數：%3</translation>
    </message>
    <message>
        <source>The clone %1 could not be defined: %2</source>
        <translation>無法定義複本 %1：%2</translation>
    </message>
    <message>
        <source>The disk %1 is on the network; a clone can only share it or go without it.</source>
        <translation>磁碟 %1 位於網路上；複本只能共享此磁碟或不使用它。</translation>
    </message>
    <message>
        <source>The disk %1 has no image to copy.</source>
        <translation>磁碟 %1 沒有可複製的映像檔。</translation>
    </message>
    <message>
        <source>%1 is not in a storage pool of the host, so it cannot be copied from here. Add its folder %2 as a storage pool, then clone again.</source>
        <translation>%1 不在主機的任何儲存池中，因此無法從這裡複製。請將其資料夾 %2 新增為儲存池，然後再重新複製。</translation>
    </message>
    <message>
        <source>%1 is running. Shut it down first: a linked clone moves %1 onto a new overlay of its own, which it can only do while %1 is off.</source>
        <translation>%1 正在執行。請先將它關機：連結複製會讓 %1 改用一個新的覆蓋檔案，而這只能在 %1 關機時進行。</translation>
    </message>
    <message>
        <source>%1 is running. Shut it down or pause it first: the disks of a running virtual machine change while they are copied.</source>
        <translation>%1 正在執行。請先將它關機或暫停：執行中虛擬機器的磁碟在複製期間會持續變動。</translation>
    </message>
    <message>
        <source>Name the clone.</source>
        <translation>請為複本命名。</translation>
    </message>
    <message>
        <source>The name %1 is given to two clones. Give each its own name.</source>
        <translation>名稱 %1 被用於兩個複本。請為每個複本指定不同的名稱。</translation>
    </message>
    <message>
        <source>A virtual machine named %1 already exists. Choose another name.</source>
        <translation>已有名為 %1 的虛擬機器。請選擇其他名稱。</translation>
    </message>
    <message>
        <source>%1 is paused, and libvirt cannot copy the image %2 while QEMU holds it open on a remote host. Shut %1 down, then clone it.</source>
        <translation>%1 已暫停，而 QEMU 在遠端主機上開啟映像檔 %2 時，libvirt 無法複製它。請將 %1 關機後再複製。</translation>
    </message>
    <message>
        <source>No overlay could be made for %1 on %2: %3</source>
        <translation>無法在 %2 上為 %1 建立覆蓋檔案：%3</translation>
    </message>
    <message>
        <source>%1 could not be moved onto its new overlay, so no linked clone was made: %2</source>
        <translation>無法讓 %1 改用新的覆蓋檔案，因此未建立連結複本：%2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manage KVM/QEMU virtual machines through libvirt.</source>
        <translation>透過 libvirt 管理 KVM/QEMU 虛擬機器。</translation>
    </message>
    <message>
        <source>Connect to the libvirt URI (for example qemu:///system).</source>
        <translation>連線至 libvirt URI（例如 qemu:///system）。</translation>
    </message>
    <message>
        <source>URI</source>
        <extracomment>Value placeholder in --help output (qvirt --connect URI); written in capitals in Latin scripts</extracomment>
        <translation>URI</translation>
    </message>
    <message>
        <source>Show the console of the virtual machine.</source>
        <translation>顯示虛擬機器的主控台。</translation>
    </message>
    <message>
        <source>NAME</source>
        <extracomment>Value placeholder in --help output: the name of a virtual machine</extracomment>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Show the hardware of the virtual machine.</source>
        <translation>顯示虛擬機器的硬體。</translation>
    </message>
    <message>
        <source>Show the snapshots of the virtual machine.</source>
        <translation>顯示虛擬機器的快照。</translation>
    </message>
    <message>
        <source>Show the overview of the virtual machine.</source>
        <translation>顯示虛擬機器的概觀。</translation>
    </message>
    <message>
        <source>Show the host summary of the connection.</source>
        <translation>顯示該連線的主機摘要。</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (for example zh_CN).</source>
        <translation>使用此語言，而非系統語言（例如 zh_TW）。</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <extracomment>Value placeholder in --help output: a locale name such as zh_CN</extracomment>
        <translation>地區設定</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>非預期的引數：%1</translation>
    </message>
    <message>
        <source>Cannot use the URI &quot;%1&quot;: %2</source>
        <translation>無法使用 URI「%1」：%2</translation>
    </message>
    <message>
        <source>Give only one of the --show-… options.</source>
        <translation>只能指定一個 --show-… 選項。</translation>
    </message>
    <message>
        <source>Show the host&apos;s devices: IOMMU groups and passthrough readiness.</source>
        <translation>顯示主機的裝置：IOMMU 群組及直通就緒狀態。</translation>
    </message>
    <message>
        <source>Show the performance graphs of the virtual machine.</source>
        <translation>顯示虛擬機器的效能圖表。</translation>
    </message>
    <message>
        <source>Show the XML definition of the virtual machine in its editor.</source>
        <translation>在編輯器中顯示虛擬機器的 XML 定義。</translation>
    </message>
    <message>
        <source>Show the host&apos;s storage pools and volumes.</source>
        <translation>顯示主機的儲存池與磁碟區。</translation>
    </message>
    <message>
        <source>Show the host&apos;s virtual networks.</source>
        <translation>顯示主機的虛擬網路。</translation>
    </message>
    <message>
        <source>Show the host&apos;s network interfaces and bridges.</source>
        <translation>顯示主機的網路介面與橋接器。</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Not connected</source>
        <extracomment>Connection state shown next to a host in the connection list</extracomment>
        <translation>未連線</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>Connection state: the connection is being opened</extracomment>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Connection state: the connection is open</extracomment>
        <translation>已連線</translation>
    </message>
    <message>
        <source>Disconnected, retrying…</source>
        <extracomment>Connection state: the connection was lost and QVirt is reconnecting</extracomment>
        <translation>連線中斷，正在重試…</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <extracomment>Connection state: the connection could not be opened</extracomment>
        <translation>連線失敗</translation>
    </message>
    <message>
        <source>This virtual machine is already moving.</source>
        <translation>此虛擬機器已在移轉中。</translation>
    </message>
    <message>
        <source>The destination connection is not open. Connect to the destination host first.</source>
        <translation>目的地連線尚未開啟。請先連線至目的地主機。</translation>
    </message>
    <message>
        <source>The destination connection was closed.</source>
        <translation>目的地連線已關閉。</translation>
    </message>
</context>
<context>
    <name>ConnectionUri</name>
    <message>
        <source>The URI is empty.</source>
        <translation>URI 是空的。</translation>
    </message>
    <message>
        <source>The URI contains a space.</source>
        <translation>URI 含有空格。</translation>
    </message>
    <message>
        <source>The URI has no &quot;driver://&quot; prefix, as in qemu:///system.</source>
        <translation>URI 缺少「driver://」前綴（如 qemu:///system）。</translation>
    </message>
    <message>
        <source>The URI is malformed: %1</source>
        <translation>URI 格式錯誤：%1</translation>
    </message>
    <message>
        <source>The driver name &quot;%1&quot; has characters libvirt does not accept.</source>
        <translation>驅動程式名稱「%1」含有 libvirt 不接受的字元。</translation>
    </message>
    <message>
        <source>A remote transport (%1) needs a host name.</source>
        <translation>遠端傳輸方式（%1）需要主機名稱。</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM 使用者工作階段</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <extracomment>Hypervisor kind in a connection&apos;s display name, e.g. &quot;QEMU/KVM on host1&quot;</extracomment>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>Hypervisor kind: libvirt&apos;s built-in test driver (a fake host), as in &quot;Test on localhost&quot;</extracomment>
        <translation>測試</translation>
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
        <translation>測試：%1</translation>
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
        <translation>主機關閉了連線。</translation>
    </message>
    <message>
        <source>The host stopped answering (keepalive timed out).</source>
        <translation>主機已停止回應（keepalive 逾時）。</translation>
    </message>
    <message>
        <source>The connection failed with an I/O error.</source>
        <translation>連線因 I/O 錯誤而失敗。</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>連線已關閉。</translation>
    </message>
    <message>
        <source>The connection could not be opened.</source>
        <translation>無法開啟連線。</translation>
    </message>
    <message>
        <source>The connection to the host was lost.</source>
        <translation>與主機的連線已中斷。</translation>
    </message>
</context>
<context>
    <name>ConsoleEndpoints</name>
    <message>
        <source>The virtual machine is not running.</source>
        <translation>虛擬機器未在執行。</translation>
    </message>
    <message>
        <source>This virtual machine has only a SPICE display; QVirt&apos;s console speaks VNC. Add a VNC display or use remote-viewer.</source>
        <translation>此虛擬機器只有 SPICE 圖形顯示，而 QVirt 的主控台使用 VNC。請新增 VNC 圖形顯示，或使用 remote-viewer。</translation>
    </message>
    <message>
        <source>This virtual machine has no graphical display.</source>
        <translation>此虛擬機器沒有圖形顯示。</translation>
    </message>
    <message>
        <source>The VNC display has no TCP port and libvirt could not hand over its socket.</source>
        <translation>此 VNC 圖形顯示沒有 TCP 連接埠，且 libvirt 無法轉交其通訊端。</translation>
    </message>
    <message>
        <source>The SSH tunnel to the display could not start: %1</source>
        <translation>無法啟動通往圖形顯示的 SSH 通道：%1</translation>
    </message>
    <message>
        <source>The VNC display listens only on the remote host&apos;s loopback address and this connection does not use SSH. Connect with qemu+ssh:// or make the display listen on a reachable address.</source>
        <translation>此 VNC 圖形顯示只在遠端主機的回送位址上接聽，而此連線未使用 SSH。請使用 qemu+ssh:// 連線，或讓圖形顯示在可連上的位址上接聽。</translation>
    </message>
    <message>
        <source>This virtual machine has no SPICE display.</source>
        <translation>此虛擬機器沒有 SPICE 圖形顯示。</translation>
    </message>
    <message>
        <source>The SPICE display listens on no TCP port (only on a local socket or not at all), so Remote Viewer cannot reach it.</source>
        <translation>此 SPICE 圖形顯示未在任何 TCP 連接埠上接聽（只在本機通訊端上接聽，或完全不接聽），因此 Remote Viewer 無法連上。</translation>
    </message>
    <message>
        <source>The SPICE display accepts only TLS connections, which QVirt cannot pass through SSH.</source>
        <translation>此 SPICE 圖形顯示只接受 TLS 連線，而 QVirt 無法透過 SSH 轉送這類連線。</translation>
    </message>
    <message>
        <source>The SPICE display listens only on the remote host&apos;s loopback address and this connection does not use SSH. Connect with qemu+ssh:// or make the display listen on a reachable address.</source>
        <translation>此 SPICE 圖形顯示只在遠端主機的回送位址上接聽，而此連線未使用 SSH。請使用 qemu+ssh:// 連線，或讓圖形顯示在可連上的位址上接聽。</translation>
    </message>
    <message>
        <source>The SPICE display accepts only TLS connections, and QVirt cannot read the host&apos;s SPICE certificate authority to give Remote Viewer.</source>
        <translation>此 SPICE 圖形顯示只接受 TLS 連線，而 QVirt 無法讀取主機的 SPICE 憑證授權單位（CA）憑證，因此無法提供給 Remote Viewer。</translation>
    </message>
</context>
<context>
    <name>ConsolePanel</name>
    <message>
        <source>Fit to window</source>
        <extracomment>Console scaling mode: scale the guest&apos;s screen to the window</extracomment>
        <translation>符合視窗大小</translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation>實際大小（1:1）</translation>
    </message>
    <message>
        <source>Resize guest to window</source>
        <translation>調整客體系統解析度以符合視窗</translation>
    </message>
    <message>
        <source>Scaling</source>
        <extracomment>Accessible name of the console&apos;s scaling mode menu</extracomment>
        <translation>縮放</translation>
    </message>
    <message>
        <source>Encoding</source>
        <extracomment>Accessible name of the VNC encoding menu (Automatic, Raw, ZRLE, Tight)</extracomment>
        <translation>編碼</translation>
    </message>
    <message>
        <source>Automatic uses raw pixels on local links (no lag, no decoding) and Tight on remote ones.</source>
        <translation>「自動」在本機連線上使用 Raw 原始像素（無延遲、無需解碼），在遠端連線上使用 Tight。</translation>
    </message>
    <message>
        <source>Send Key</source>
        <extracomment>Console toolbar button: menu of key combinations sent to the guest</extracomment>
        <translation>傳送按鍵</translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <extracomment>Console toolbar button: save the guest&apos;s screen as an image</extracomment>
        <translation>擷取畫面…</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <extracomment>Console toolbar button: show the console full screen</extracomment>
        <translation>全螢幕</translation>
    </message>
    <message>
        <source>Detach</source>
        <extracomment>Console toolbar button: move the console into a window of its own (not about devices)</extracomment>
        <translation>分離</translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>Console toolbar button: connect to the VM&apos;s display with the password entered</extracomment>
        <translation>連線</translation>
    </message>
    <message>
        <source>VNC password</source>
        <translation>VNC 密碼</translation>
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
        <translation>虛擬機器未在執行。請啟動虛擬機器以檢視其畫面。</translation>
    </message>
    <message>
        <source>Connecting to the display…</source>
        <translation>正在連線至圖形顯示…</translation>
    </message>
    <message>
        <source>The console cannot open: %1</source>
        <translation>無法開啟主控台：%1</translation>
    </message>
    <message>
        <source>The VNC server refused the password. Enter the display&apos;s password.</source>
        <translation>VNC 伺服器拒絕了此密碼。請輸入圖形顯示的密碼。</translation>
    </message>
    <message>
        <source>The display closed (%1). Reconnecting…</source>
        <translation>圖形顯示已關閉（%1）。正在重新連線…</translation>
    </message>
    <message>
        <source>The console could not connect: %1</source>
        <translation>主控台無法連線：%1</translation>
    </message>
    <message>
        <source>Connected · %1 · %2×%3 · %4 updates/s · %5 kB/s</source>
        <translation>已連線 · %1 · %2×%3 · %4 次更新/秒 · %5 kB/s</translation>
    </message>
    <message>
        <source>Keyboard grabbed: press Ctrl+Alt to release</source>
        <translation>鍵盤已被擷取：按 Ctrl+Alt 釋放</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>Console status line: connecting to the VM&apos;s display</extracomment>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <extracomment>Console status line: not connected to the VM&apos;s display</extracomment>
        <translation>未連線</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>儲存擷取畫面</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <extracomment>Title of the error box when a screenshot could not be saved</extracomment>
        <translation>擷取畫面</translation>
    </message>
    <message>
        <source>The screenshot could not be saved to %1.</source>
        <translation>無法將擷取畫面儲存至 %1。</translation>
    </message>
    <message>
        <source>The folder may not exist or not be writable.</source>
        <translation>該資料夾可能不存在或無法寫入。</translation>
    </message>
    <message>
        <source>Choose another place.</source>
        <translation>請選擇其他位置。</translation>
    </message>
    <message>
        <source>Leave Fullscreen</source>
        <translation>結束全螢幕</translation>
    </message>
    <message>
        <source>JPEG quality </source>
        <extracomment>Prefix of a spin box showing a number 0-9; keep the trailing space if your language separates words</extracomment>
        <translation>JPEG 品質 </translation>
    </message>
    <message>
        <source>JPEG quality for Tight (0 smallest, 9 best)</source>
        <translation>Tight 編碼的 JPEG 品質（0 最小，9 最佳）</translation>
    </message>
    <message>
        <source>The guest keeps its screen size: %1</source>
        <translation>客體系統維持原本的螢幕大小：%1</translation>
    </message>
    <message>
        <source>The guest was asked to take the window&apos;s size; it does once its display driver or agent follows.</source>
        <translation>已要求客體系統採用視窗大小；待其顯示驅動程式或代理程式回應後即會調整。</translation>
    </message>
    <message>
        <source>QVirt is shown through X forwarding, so every change of the console crosses the network as pixels. Run QVirt on your desktop with --connect qemu+ssh://user@host/system instead: the console then costs about 1/200 of this bandwidth.</source>
        <translation>QVirt 正透過 X 轉送顯示，主控台的每一處變化都以像素形式經由網路傳輸。請改在您的桌面上執行 QVirt 並使用 --connect qemu+ssh://user@host/system：主控台所需頻寬約為目前的 1/200。</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>隱藏此提示</translation>
    </message>
    <message>
        <source>Use Tight Encoding</source>
        <translation>使用 Tight 編碼</translation>
    </message>
    <message>
        <source>Keep</source>
        <extracomment>Button of the slow-link note: keep the current VNC encoding</extracomment>
        <translation>保留</translation>
    </message>
    <message>
        <source>Keep the current encoding and hide this note</source>
        <translation>保留目前的編碼並隱藏此提示</translation>
    </message>
    <message>
        <source>This display&apos;s link carries raw pixels at only %1 MB/s, so the screen lags behind the guest. Tight encoding sends about a tenth of the data.</source>
        <translation>此圖形顯示的連線傳輸 Raw 原始像素的速度僅有 %1 MB/s，因此畫面會落後於客體系統。Tight 編碼只需傳送約十分之一的資料量。</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <extracomment>Console toolbar button (on/off): share the clipboard with the VM</extracomment>
        <translation>剪貼簿</translation>
    </message>
    <message>
        <source>Share the clipboard with this virtual machine</source>
        <translation>與此虛擬機器共用剪貼簿</translation>
    </message>
    <message>
        <source>Clipboard sharing is off. It is off by default for virtual machines on other hosts; turn it on to copy and paste between this virtual machine and your desktop.</source>
        <translation>剪貼簿共用已關閉。位於其他主機上的虛擬機器預設會關閉此功能；開啟後即可在此虛擬機器與您的桌面之間複製和貼上。</translation>
    </message>
    <message>
        <source>Clipboard sharing is off for this virtual machine: nothing you copy reaches it, and nothing it copies reaches your desktop.</source>
        <translation>此虛擬機器的剪貼簿共用已關閉：您複製的內容不會傳到虛擬機器，虛擬機器中複製的內容也不會傳到您的桌面。</translation>
    </message>
    <message>
        <source>Clipboard sharing is on, but this virtual machine has no clipboard channel (qemu-vdagent), so the guest receives nothing. Add one from this button&apos;s menu; it works after the virtual machine&apos;s next start, with spice-vdagent running in the guest.</source>
        <translation>剪貼簿共用已開啟，但此虛擬機器沒有剪貼簿通道（qemu-vdagent），因此客體系統收不到任何內容。請從此按鈕的選單新增剪貼簿通道；虛擬機器下次啟動後，只要客體系統中有執行 spice-vdagent，即可運作。</translation>
    </message>
    <message>
        <source>Copy and paste between this virtual machine and your desktop. Text you copy on the desktop reaches the guest when you come back to this console, not before.</source>
        <translation>在此虛擬機器與您的桌面之間複製和貼上。您在桌面上複製的文字，要等您回到此主控台時才會傳到客體系統。</translation>
    </message>
    <message>
        <source>Add a Clipboard Channel to This Virtual Machine</source>
        <translation>為此虛擬機器新增剪貼簿通道</translation>
    </message>
    <message>
        <source>Clipboard Channel</source>
        <extracomment>Title of the error box when the clipboard channel could not be added</extracomment>
        <translation>剪貼簿通道</translation>
    </message>
    <message>
        <source>The clipboard channel could not be added.</source>
        <translation>無法新增剪貼簿通道。</translation>
    </message>
    <message>
        <source>The definition was not changed. Check the message, then try again.</source>
        <translation>定義未變更。請檢查訊息內容後再試一次。</translation>
    </message>
    <message>
        <source>The clipboard channel was added to the definition. It works after the virtual machine is shut down and started again (a reboot inside the guest is not enough), with spice-vdagent running in the guest.</source>
        <translation>剪貼簿通道已新增至定義。須在虛擬機器關機並重新啟動後（僅在客體系統內重新開機並不足夠），且客體系統中有執行 spice-vdagent，才會運作。</translation>
    </message>
    <message>
        <source>The connection to the host is not open. The console connects by itself once it is.</source>
        <translation>與主機的連線尚未開啟。連線開啟後，主控台會自動連線。</translation>
    </message>
</context>
<context>
    <name>ConsoleTyping</name>
    <message>
        <source>Type Clipboard Text</source>
        <extracomment>Console send-key menu: type the text of the clipboard into the VM as key presses
----------
Title of a message about typing text into the VM</extracomment>
        <translation>輸入剪貼簿文字</translation>
    </message>
    <message>
        <source>Type Text…</source>
        <extracomment>Console send-key menu: open a dialog to enter text that is typed into the VM</extracomment>
        <translation>輸入文字…</translation>
    </message>
    <message>
        <source>Guest Keyboard Layout</source>
        <extracomment>Console send-key menu: submenu choosing the keyboard layout the VM&apos;s system uses</extracomment>
        <translation>客體系統鍵盤配置</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button that stops typing text into the VM</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop typing into the guest</source>
        <translation>停止向客體系統輸入</translation>
    </message>
    <message>
        <source>Typing progress</source>
        <translation>輸入進度</translation>
    </message>
    <message numerus="yes">
        <source>Typing %n character(s) into the guest…</source>
        <translation>
            <numerusform>正在向客體系統輸入 %n 個字元…</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to type.</source>
        <translation>剪貼簿中沒有可輸入的文字。</translation>
    </message>
    <message>
        <source>Type Text</source>
        <extracomment>Title of a message about typing text into the VM
----------
Title of the question before typing text into the VM</extracomment>
        <translation>輸入文字</translation>
    </message>
    <message>
        <source>None of this text can be typed with the %1 keyboard layout: %2</source>
        <translation>使用 %1 鍵盤配置無法輸入此文字中的任何字元：%2</translation>
    </message>
    <message numerus="yes">
        <source>QVirt is about to type %n character(s) into the guest.</source>
        <translation>
            <numerusform>QVirt 即將向客體系統輸入 %n 個字元。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes about %n second(s).</source>
        <translation>
            <numerusform>約需 %n 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes about %n minute(s).</source>
        <translation>
            <numerusform>約需 %n 分鐘。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each line ends with Enter: a shell or an installer acts on every line as soon as it is typed.</source>
        <translation>每一行結尾都會按下 Enter：Shell 或安裝程式會在每一行輸入完畢時立即執行該行。</translation>
    </message>
    <message>
        <source>The %1 keyboard layout cannot type these characters, so they are left out: %2</source>
        <translation>%1 鍵盤配置無法輸入下列字元，因此會略過這些字元：%2</translation>
    </message>
    <message>
        <source>The VM&apos;s display translates keys with QEMU&apos;s &quot;%1&quot; keymap, which does not match the %2 layout chosen here, so some characters may come out wrong. Choose the layout of that keymap, or remove the keymap from the VM&apos;s display.</source>
        <translation>此虛擬機器的圖形顯示使用 QEMU 的「%1」鍵盤對應表轉換按鍵，與此處選擇的 %2 鍵盤配置不符，因此部分字元可能會輸入錯誤。請選擇與該鍵盤對應表相符的鍵盤配置，或從虛擬機器的圖形顯示中移除該鍵盤對應表。</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Button that starts typing the text into the VM</extracomment>
        <translation>輸入</translation>
    </message>
    <message>
        <source>The console is no longer connected to the VM&apos;s display, so nothing was typed.</source>
        <translation>主控台已不再連線至虛擬機器的圖形顯示，因此未輸入任何內容。</translation>
    </message>
</context>
<context>
    <name>CpuForm</name>
    <message>
        <source>Maximum virtual CPUs:</source>
        <translation>虛擬 CPU 上限：</translation>
    </message>
    <message>
        <source>Virtual CPUs now:</source>
        <translation>目前的虛擬 CPU：</translation>
    </message>
    <message numerus="yes">
        <source>The host has %n logical CPU(s).</source>
        <translation>
            <numerusform>主機有 %n 個邏輯 CPU。</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU model:</source>
        <translation>CPU 型號：</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>虛擬機器管理程式預設值</translation>
    </message>
    <message>
        <source>Copy the host CPU (host-model)</source>
        <translation>複製主機 CPU（host-model）</translation>
    </message>
    <message>
        <source>Pass the host CPU through (host-passthrough)</source>
        <translation>直通主機 CPU（host-passthrough）</translation>
    </message>
    <message>
        <source>Named model</source>
        <translation>指定型號</translation>
    </message>
    <message>
        <source>Model name:</source>
        <translation>型號名稱：</translation>
    </message>
    <message>
        <source>Copy the host CPU model</source>
        <translation>複製主機 CPU 型號</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>拓撲：</translation>
    </message>
    <message>
        <source>Set sockets, cores and threads by hand</source>
        <translation>手動設定插槽、核心與執行緒</translation>
    </message>
    <message>
        <source>Sockets:</source>
        <translation>插槽：</translation>
    </message>
    <message>
        <source>Cores per socket:</source>
        <translation>每個插槽的核心數：</translation>
    </message>
    <message>
        <source>Threads per core:</source>
        <translation>每個核心的執行緒數：</translation>
    </message>
    <message>
        <source>Enter the name of a CPU model, or choose another CPU model setting.</source>
        <translation>請輸入 CPU 型號名稱，或選擇其他 CPU 型號設定。</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>User name:</source>
        <translation>使用者名稱：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Password or passphrase:</source>
        <translation>密碼或通關密語：</translation>
    </message>
    <message>
        <source>Realm:</source>
        <extracomment>Authentication realm (SASL/Kerberos) a host asks for</extracomment>
        <translation>認證領域：</translation>
    </message>
    <message>
        <source>Authentication Required</source>
        <translation>需要驗證</translation>
    </message>
    <message>
        <source>%1 asks for credentials.</source>
        <translation>%1 要求提供認證資訊。</translation>
    </message>
</context>
<context>
    <name>CustomizeDialog</name>
    <message>
        <source>Customize the new VM</source>
        <translation>自訂新的虛擬機器</translation>
    </message>
    <message>
        <source>The VM is not created yet. Change its hardware here, apply each change, then begin the installation.</source>
        <translation>虛擬機器尚未建立。請在此變更其硬體並逐一套用變更，然後開始安裝。</translation>
    </message>
    <message>
        <source>&amp;Begin Installation</source>
        <translation>開始安裝(&amp;B)</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Also delete the selected disk images</source>
        <translation>同時刪除所選的磁碟映像檔</translation>
    </message>
    <message>
        <source>Delete Virtual Machines</source>
        <translation>刪除虛擬機器</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? Its definition, managed save, snapshot metadata and UEFI variables are removed.</source>
        <translation>
            <numerusform>要刪除 %1 嗎？其定義、受管儲存、快照中繼資料與 UEFI 變數都會被移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Running now, will be forced off first: %1</source>
        <translation>正在執行，將先強制關機：%1</translation>
    </message>
    <message>
        <source>Disk images</source>
        <translation>磁碟映像檔</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Column header: path of a disk image file</extracomment>
        <translation>映像檔</translation>
    </message>
    <message>
        <source>Format</source>
        <extracomment>Column header: disk image format (qcow2, raw ...), not the verb</extracomment>
        <translation>格式</translation>
    </message>
    <message>
        <source>Used by other virtual machines</source>
        <translation>被其他虛擬機器使用</translation>
    </message>
    <message>
        <source>Looking up the disk images and their backing chains…</source>
        <translation>正在查詢磁碟映像檔及其後備鏈…</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button: delete the virtual machines (and the ticked disk images)</extracomment>
        <translation>刪除</translation>
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
        <translation>%1（後備檔案）</translation>
    </message>
    <message>
        <source>Deleting this image breaks the virtual machines that use it.</source>
        <translation>刪除此映像檔會使使用它的虛擬機器無法運作。</translation>
    </message>
    <message>
        <source>%1: the disk images could not be listed: %2</source>
        <translation>%1：無法列出磁碟映像檔：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n disk image(s) found. Nothing is deleted unless you tick the box above.</source>
        <translation>
            <numerusform>找到 %n 個磁碟映像檔。除非勾選上方的核取方塊，否則不會刪除任何映像檔。</numerusform>
        </translation>
    </message>
    <message>
        <source>No disk images found.</source>
        <translation>找不到磁碟映像檔。</translation>
    </message>
</context>
<context>
    <name>DiskForm</name>
    <message>
        <source>Target:</source>
        <translation>目標：</translation>
    </message>
    <message>
        <source>Storage type:</source>
        <translation>儲存類型：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>媒體：</translation>
    </message>
    <message>
        <source>No media; enter the path of an ISO image to insert it.</source>
        <translation>沒有媒體；請輸入 ISO 映像檔的路徑以插入。</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Eject and Insert change the running VM&apos;s drive and its definition at once.</source>
        <translation>「退出」與「插入」會同時變更執行中虛擬機器的光碟機及其定義。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>來源：</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>匯流排：</translation>
    </message>
    <message>
        <source>Cache mode:</source>
        <translation>快取模式：</translation>
    </message>
    <message>
        <source>Discard:</source>
        <translation>捨棄（discard）：</translation>
    </message>
    <message>
        <source>Read-only:</source>
        <translation>唯讀：</translation>
    </message>
    <message>
        <source>Change the settings of the disk %1.</source>
        <translation>變更磁碟 %1 的設定。</translation>
    </message>
</context>
<context>
    <name>DisplayBackupStore</name>
    <message>
        <source>The folder %1 for the copy of the definition cannot be made: %2</source>
        <translation>無法建立用來存放定義副本的資料夾 %1：%2</translation>
    </message>
    <message>
        <source>The copy of the definition cannot be written to %1: %2</source>
        <translation>無法將定義副本寫入 %1：%2</translation>
    </message>
    <message>
        <source>The copy of the definition %1 cannot be removed: %2</source>
        <translation>無法移除定義副本 %1：%2</translation>
    </message>
</context>
<context>
    <name>DisplaySwitchDialog</name>
    <message>
        <source>The SPICE display becomes a VNC display on the host&apos;s loopback address (127.0.0.1), on a port chosen when the virtual machine starts.</source>
        <translation>SPICE 圖形顯示會改為 VNC 圖形顯示，在主機的回送位址（127.0.0.1）上接聽，連接埠於虛擬機器啟動時指派。</translation>
    </message>
    <message>
        <source>Its password stays.</source>
        <translation>其密碼保持不變。</translation>
    </message>
    <message>
        <source>Its keyboard layout (%1) stays.</source>
        <translation>其鍵盤配置（%1）保持不變。</translation>
    </message>
    <message>
        <source>The SPICE display is removed; the VNC display the virtual machine already has stays as it is.</source>
        <translation>SPICE 圖形顯示會被移除；虛擬機器原有的 VNC 圖形顯示保持不變。</translation>
    </message>
    <message>
        <source>SPICE&apos;s OpenGL rendering moves to a headless OpenGL display (egl-headless), so 3D acceleration keeps working.</source>
        <translation>SPICE 的 OpenGL 算繪會移至不輸出畫面的 OpenGL 顯示（egl-headless），因此 3D 加速仍可運作。</translation>
    </message>
    <message>
        <source>SPICE&apos;s OpenGL rendering moves to a headless OpenGL display (egl-headless) on %1, so 3D acceleration keeps working.</source>
        <translation>SPICE 的 OpenGL 算繪會移至使用 %1 的不輸出畫面 OpenGL 顯示（egl-headless），因此 3D 加速仍可運作。</translation>
    </message>
    <message>
        <source>The QXL video device becomes VGA, which every x86 guest drives without extra drivers.</source>
        <translation>QXL 顯示卡裝置會改為 VGA，所有 x86 客體系統都不需額外的驅動程式即可使用。</translation>
    </message>
    <message>
        <source>The additional QXL video device becomes a virtio video device.</source>
        <translation>額外的 QXL 顯示卡裝置會改為 virtio 顯示卡裝置。</translation>
    </message>
    <message>
        <source>The SPICE agent channel becomes QEMU&apos;s own agent channel (qemu-vdagent), so the guest&apos;s spice-vdagent keeps sharing the clipboard with the console.</source>
        <translation>SPICE 代理程式通道會改為 QEMU 自身的代理程式通道（qemu-vdagent），因此客體系統的 spice-vdagent 仍可與主控台共用剪貼簿。</translation>
    </message>
    <message>
        <source>The SPICE channel %1 is removed.</source>
        <translation>SPICE 通道 %1 會被移除。</translation>
    </message>
    <message numerus="yes">
        <source>%n USB redirection device(s) that work only through SPICE are removed.</source>
        <translation>
            <numerusform>只能透過 SPICE 運作的 %n 個 USB 重新導向裝置會被移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>The smartcard passed through SPICE is removed.</source>
        <translation>透過 SPICE 傳遞的智慧卡會被移除。</translation>
    </message>
    <message>
        <source>Sound that went to the SPICE client goes nowhere (audio type &quot;none&quot;); the guest keeps its sound card.</source>
        <translation>原本送往 SPICE 用戶端的聲音將不再輸出（音訊類型「none」）；客體系統仍保留其音效卡。</translation>
    </message>
    <message>
        <source>The serial port that goes through SPICE is removed.</source>
        <translation>經由 SPICE 的序列埠會被移除。</translation>
    </message>
    <message>
        <source>The text console that goes through SPICE is removed.</source>
        <translation>經由 SPICE 的文字主控台會被移除。</translation>
    </message>
    <message>
        <source>The parallel port that goes through SPICE is removed.</source>
        <translation>經由 SPICE 的平行埠會被移除。</translation>
    </message>
    <message>
        <source>The channel that goes through a SPICE port is removed.</source>
        <translation>經由 SPICE 連接埠的通道會被移除。</translation>
    </message>
    <message>
        <source>Switch Display to VNC</source>
        <extracomment>Window title of the dialog that switches a VM&apos;s display from SPICE to VNC</extracomment>
        <translation>將圖形顯示切換為 VNC</translation>
    </message>
    <message>
        <source>Switching the display of &quot;%1&quot; to VNC makes these changes to its definition; nothing else changes:</source>
        <translation>將「%1」的圖形顯示切換為 VNC 時，會對其定義進行下列變更，其他部分皆不受影響：</translation>
    </message>
    <message>
        <source>Changes to the definition</source>
        <translation>定義的變更</translation>
    </message>
    <message>
        <source>The change takes effect the next time the virtual machine starts.</source>
        <translation>變更會在虛擬機器下次啟動時生效。</translation>
    </message>
    <message>
        <source>QVirt keeps the current definition, so &quot;Go Back to SPICE&quot; in the console&apos;s toolbar can restore it exactly.</source>
        <translation>QVirt 會保留目前的定義，因此可透過主控台工具列上的「改回 SPICE」原封不動地還原。</translation>
    </message>
    <message>
        <source>Switch to VNC</source>
        <extracomment>Button that confirms switching the VM&apos;s display from SPICE to VNC</extracomment>
        <translation>切換為 VNC</translation>
    </message>
</context>
<context>
    <name>DomainCreation</name>
    <message>
        <source>The disk %1 could not be created in the storage pool %2: %3</source>
        <translation>無法在儲存池 %2 中建立磁碟 %1：%3</translation>
    </message>
    <message>
        <source>The installer&apos;s kernel or initrd could not be copied into the storage pool %1: %2 Nothing was created.</source>
        <translation>無法將安裝程式的核心或 initrd 複製到儲存池 %1：%2 未建立任何項目。</translation>
    </message>
    <message>
        <source>The installer&apos;s kernel or initrd could not be copied into the storage pool %1: %2 These volumes could not be removed again: %3</source>
        <translation>無法將安裝程式的核心或 initrd 複製到儲存池 %1：%2 下列磁碟區無法再移除：%3</translation>
    </message>
    <message>
        <source>libvirt refused the new VM&apos;s definition: %1 Nothing was created.</source>
        <translation>libvirt 拒絕了新虛擬機器的定義：%1 未建立任何項目。</translation>
    </message>
    <message>
        <source>libvirt refused the new VM&apos;s definition: %1 These volumes QVirt made for it could not be removed again: %2</source>
        <translation>libvirt 拒絕了新虛擬機器的定義：%1 QVirt 為其建立的下列磁碟區無法再移除：%2</translation>
    </message>
</context>
<context>
    <name>DomainDefinitions</name>
    <message>
        <source>The definition names the UUID %1, but this virtual machine&apos;s UUID is %2. Saving it would define a second virtual machine; put back the UUID %2.</source>
        <translation>定義中的 UUID 為 %1，但此虛擬機器的 UUID 是 %2。儲存後會定義出第二台虛擬機器；請將 UUID 改回 %2。</translation>
    </message>
    <message>
        <source>The definition names the virtual machine &quot;%1&quot;, but it is called &quot;%2&quot;. libvirt does not rename a virtual machine through its definition: put back the name &quot;%2&quot; and rename it from the list of virtual machines.</source>
        <translation>定義中的虛擬機器名稱為「%1」，但其實際名稱是「%2」。libvirt 不會透過定義重新命名虛擬機器：請將名稱改回「%2」，並從虛擬機器清單中重新命名。</translation>
    </message>
</context>
<context>
    <name>DomainDevices</name>
    <message>
        <source>This setting cannot change while the VM runs.</source>
        <translation>虛擬機器執行時無法變更此設定。</translation>
    </message>
    <message>
        <source>libvirt refused to change the running VM.</source>
        <translation>libvirt 拒絕變更執行中的虛擬機器。</translation>
    </message>
    <message>
        <source>the removal was requested and is waiting for the guest</source>
        <translation>已要求移除，正在等待客體系統回應</translation>
    </message>
</context>
<context>
    <name>DomainLifecycle</name>
    <message>
        <source>The disk image %1 has a file name that is not valid UTF-8, and QEMU cannot open such a file. Rename it and point its overlay at the new name (qemu-img rebase -u), or merge it out of the chain while the virtual machine is off.</source>
        <translation>磁碟映像檔 %1 的檔名不是有效的 UTF-8，QEMU 無法開啟這種檔案。請將它重新命名，並讓其覆蓋檔案指向新名稱（qemu-img rebase -u），或在虛擬機器關機時將它從鏈中合併掉。</translation>
    </message>
</context>
<context>
    <name>DomainListModel</name>
    <message>
        <source>Unknown</source>
        <comment>domain state</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>domain state</comment>
        <translation>執行中</translation>
    </message>
    <message>
        <source>Idle</source>
        <comment>domain state (blocked on I/O)</comment>
        <translation>閒置</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>domain state</comment>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <comment>domain state</comment>
        <translation>正在關機</translation>
    </message>
    <message>
        <source>Shut off</source>
        <comment>domain state</comment>
        <translation>已關機</translation>
    </message>
    <message>
        <source>Crashed</source>
        <comment>domain state</comment>
        <translation>已當機</translation>
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
        <translation>名稱</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header of the virtual machine list: running, paused, shut off ...</extracomment>
        <translation>狀態</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <extracomment>Column header of the virtual machine list</extracomment>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory</source>
        <extracomment>Column header of the virtual machine list: the VM&apos;s RAM</extracomment>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <extracomment>Column header of the virtual machine list: number of virtual CPUs</extracomment>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Autostart</source>
        <extracomment>Column header of the virtual machine list: whether the VM starts when the host boots</extracomment>
        <translation>自動啟動</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Virtual machine list: %1 is the VM&apos;s name, %2 its title</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>domain state: managed save image exists</comment>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Autostart column: the VM starts when the host boots (the cell stays empty otherwise)</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <extracomment>Column header of the virtual machine list: bytes read from and written to the VM&apos;s disks per second</extracomment>
        <translation>磁碟 I/O</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <extracomment>Column header of the virtual machine list: bytes received and sent by the VM&apos;s network interfaces per second</extracomment>
        <translation>網路 I/O</translation>
    </message>
    <message>
        <source>Read %1, written %2</source>
        <translation>讀取 %1，寫入 %2</translation>
    </message>
    <message>
        <source>Received %1, sent %2</source>
        <translation>接收 %1，傳送 %2</translation>
    </message>
</context>
<context>
    <name>DomainXml</name>
    <message>
        <source>The domain XML cannot be read: %1 (line %2, column %3).</source>
        <translation>無法讀取 domain XML：%1（第 %2 行，第 %3 欄）。</translation>
    </message>
    <message>
        <source>The XML is not a libvirt domain: its root element is &lt;%1&gt;, not &lt;domain&gt;.</source>
        <translation>此 XML 不是 libvirt domain：其根元素是 &lt;%1&gt;，而非 &lt;domain&gt;。</translation>
    </message>
</context>
<context>
    <name>GroupBinding</name>
    <message>
        <source>Bind to vfio-pci</source>
        <translation>綁定至 vfio-pci</translation>
    </message>
    <message>
        <source>Give Back to Host Driver</source>
        <translation>歸還給主機驅動程式</translation>
    </message>
    <message>
        <source>Bind these devices to vfio-pci? The host stops using them until they are given back:
%1</source>
        <translation>要將這些裝置綁定至 vfio-pci 嗎？在歸還之前，主機將不再使用它們：
%1</translation>
    </message>
    <message>
        <source>Give these devices back to their host drivers? A VM that uses them takes them back when it starts if libvirt manages them; otherwise bind them to vfio-pci again first:
%1</source>
        <translation>要將這些裝置歸還給其主機驅動程式嗎？若裝置由 libvirt 管理，使用它們的虛擬機器啟動時會自動取回；否則請先將其重新綁定至 vfio-pci：
%1</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Confirmation button: bind the devices to the vfio-pci driver (take them away from the host)</extracomment>
        <translation>綁定</translation>
    </message>
    <message>
        <source>Give Back</source>
        <extracomment>Confirmation button: give the devices back to their host drivers</extracomment>
        <translation>歸還</translation>
    </message>
    <message>
        <source>Not every device could be bound to vfio-pci.</source>
        <translation>並非所有裝置都已成功綁定至 vfio-pci。</translation>
    </message>
    <message>
        <source>Not every device could be given back to its host driver.</source>
        <translation>並非所有裝置都已成功歸還給其主機驅動程式。</translation>
    </message>
</context>
<context>
    <name>GuestUsageModel</name>
    <message>
        <source>Name</source>
        <extracomment>Column of the host&apos;s table of running guests: the virtual machine&apos;s name</extracomment>
        <translation>名稱</translation>
    </message>
    <message>
        <source>CPU</source>
        <extracomment>Column of the host&apos;s table of running guests: CPU usage of the guest&apos;s own vCPUs</extracomment>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <extracomment>Column of the host&apos;s table of running guests: memory in use</extracomment>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <extracomment>Column of the host&apos;s table of running guests: disk reads and writes per second</extracomment>
        <translation>磁碟 I/O</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <extracomment>Column of the host&apos;s table of running guests: network traffic (received and sent) per second</extracomment>
        <translation>網路 I/O</translation>
    </message>
</context>
<context>
    <name>HardwareChanges</name>
    <message>
        <source>The device is no longer in the definition; reload the page and try again.</source>
        <translation>此裝置已不在定義中；請重新載入頁面後再試一次。</translation>
    </message>
    <message>
        <source>This setting cannot change while the VM runs.</source>
        <translation>虛擬機器執行時無法變更此設定。</translation>
    </message>
    <message>
        <source>%1 Not done: %2</source>
        <translation>%1 未完成：%2</translation>
    </message>
    <message>
        <source>%1 Saved; the VM has it when it starts.</source>
        <translation>%1 已儲存；虛擬機器啟動時即會套用。</translation>
    </message>
    <message>
        <source>%1 Done on the running VM and saved.</source>
        <translation>%1 已在執行中的虛擬機器上完成並儲存。</translation>
    </message>
    <message>
        <source>%1 Saved; takes effect after the VM is shut down and started again (%2).</source>
        <translation>%1 已儲存；須在虛擬機器關機並重新啟動後才會生效（%2）。</translation>
    </message>
    <message>
        <source>%1 Saved; the guest has not released the device yet, so it stays in the running VM until the guest lets it go or the VM is shut down (%2).</source>
        <translation>%1 已儲存；客體系統尚未釋放此裝置，因此在客體系統釋放或虛擬機器關機之前，裝置會留在執行中的虛擬機器內（%2）。</translation>
    </message>
    <message>
        <source>Change the title.</source>
        <translation>變更標題。</translation>
    </message>
    <message>
        <source>Change the description.</source>
        <translation>變更描述。</translation>
    </message>
    <message>
        <source>Change the machine type to %1.</source>
        <translation>將機器類型變更為 %1。</translation>
    </message>
    <message>
        <source>Boot with UEFI firmware.</source>
        <translation>使用 UEFI 韌體開機。</translation>
    </message>
    <message>
        <source>Boot with BIOS firmware.</source>
        <translation>使用 BIOS 韌體開機。</translation>
    </message>
    <message>
        <source>The maximum number of virtual CPUs is fixed while the VM runs.</source>
        <translation>虛擬機器執行時無法變更虛擬 CPU 上限。</translation>
    </message>
    <message>
        <source>Set the maximum number of virtual CPUs to %1.</source>
        <translation>將虛擬 CPU 上限設為 %1。</translation>
    </message>
    <message>
        <source>Set the number of virtual CPUs to %1.</source>
        <translation>將虛擬 CPU 數量設為 %1。</translation>
    </message>
    <message>
        <source>Sockets, cores and threads must each be at least 1.</source>
        <translation>插槽、核心與執行緒的數量都必須至少為 1。</translation>
    </message>
    <message>
        <source>%1 sockets × %2 cores × %3 threads make %4 CPUs, but the VM has a maximum of %5 virtual CPUs.</source>
        <translation>%1 個插槽 × %2 個核心 × %3 個執行緒共 %4 個 CPU，但此虛擬機器的虛擬 CPU 上限為 %5 個。</translation>
    </message>
    <message>
        <source>Change the CPU model and topology.</source>
        <translation>變更 CPU 型號與拓撲。</translation>
    </message>
    <message>
        <source>The maximum memory is fixed while the VM runs.</source>
        <translation>虛擬機器執行時無法變更記憶體上限。</translation>
    </message>
    <message>
        <source>Set the maximum memory to %1 MiB.</source>
        <translation>將記憶體上限設為 %1 MiB。</translation>
    </message>
    <message>
        <source>Set the memory to %1 MiB.</source>
        <translation>將記憶體設為 %1 MiB。</translation>
    </message>
    <message>
        <source>The boot order is read when the VM starts.</source>
        <translation>開機順序會在虛擬機器啟動時讀取。</translation>
    </message>
    <message>
        <source>Change the boot order.</source>
        <translation>變更開機順序。</translation>
    </message>
    <message>
        <source>The kernel is loaded when the VM starts.</source>
        <translation>核心會在虛擬機器啟動時載入。</translation>
    </message>
    <message>
        <source>Turn direct kernel boot off.</source>
        <translation>關閉直接核心開機。</translation>
    </message>
    <message>
        <source>Boot the kernel %1 directly.</source>
        <translation>直接開機核心 %1。</translation>
    </message>
    <message>
        <source>This kind of device cannot be added while the VM runs.</source>
        <translation>虛擬機器執行時無法新增此類裝置。</translation>
    </message>
    <message>
        <source>The new device&apos;s XML cannot be read.</source>
        <translation>無法讀取新裝置的 XML。</translation>
    </message>
    <message>
        <source>Add the CD-ROM drive %1.</source>
        <translation>新增光碟機 %1。</translation>
    </message>
    <message>
        <source>Add the disk %1.</source>
        <translation>新增磁碟 %1。</translation>
    </message>
    <message>
        <source>Add the network interface %1.</source>
        <translation>新增網路介面 %1。</translation>
    </message>
    <message>
        <source>This kind of device cannot be removed while the VM runs.</source>
        <translation>虛擬機器執行時無法移除此類裝置。</translation>
    </message>
    <message>
        <source>Eject the media of %1.</source>
        <translation>退出 %1 的媒體。</translation>
    </message>
    <message>
        <source>Insert %1 into %2.</source>
        <translation>將 %1 插入 %2。</translation>
    </message>
    <message>
        <source>Connect the link of %1.</source>
        <translation>連接 %1 的連結。</translation>
    </message>
    <message>
        <source>Disconnect the link of %1.</source>
        <translation>中斷 %1 的連結。</translation>
    </message>
    <message>
        <source>This device&apos;s settings are read when the VM starts.</source>
        <translation>此裝置的設定會在虛擬機器啟動時讀取。</translation>
    </message>
</context>
<context>
    <name>HardwareEditor</name>
    <message>
        <source>The VM&apos;s definition could not be read: %1</source>
        <translation>無法讀取虛擬機器的定義：%1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概觀</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>Boot options</source>
        <translation>開機選項</translation>
    </message>
    <message>
        <source>CD-ROM drive %1</source>
        <translation>光碟機 %1</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>磁碟 %1</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>網路卡 %1</translation>
    </message>
    <message>
        <source>Display %1</source>
        <translation>顯示 %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>顯示卡 %1</translation>
    </message>
    <message>
        <source>Sound %1</source>
        <translation>音效 %1</translation>
    </message>
    <message>
        <source>Input %1 (%2)</source>
        <translation>輸入 %1（%2）</translation>
    </message>
    <message>
        <source>Serial port %1</source>
        <translation>序列埠 %1</translation>
    </message>
    <message>
        <source>Console %1</source>
        <translation>主控台 %1</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>看門狗</translation>
    </message>
    <message>
        <source>Random number generator</source>
        <translation>亂數產生器</translation>
    </message>
    <message>
        <source>USB redirection %1</source>
        <translation>USB 重新導向 %1</translation>
    </message>
    <message>
        <source>Host devices</source>
        <translation>主機裝置</translation>
    </message>
    <message>
        <source>The changes could not be applied: %1</source>
        <translation>無法套用變更：%1</translation>
    </message>
    <message>
        <source>Unapplied hardware changes</source>
        <translation>尚未套用的硬體變更</translation>
    </message>
    <message>
        <source>The hardware of this VM has changes that were not applied. Discard them?</source>
        <translation>此虛擬機器的硬體有尚未套用的變更。要捨棄這些變更嗎？</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>捨棄變更</translation>
    </message>
    <message>
        <source>Remove %1.</source>
        <extracomment>%1 is a device as the list names it (&quot;Disk vdb&quot;, &quot;Sound ich9&quot;)</extracomment>
        <translation>移除 %1。</translation>
    </message>
    <message>
        <source>Add a CD-ROM drive</source>
        <translation>新增光碟機</translation>
    </message>
    <message>
        <source>Add a disk</source>
        <translation>新增磁碟</translation>
    </message>
    <message>
        <source>An ISO image, or empty for a drive without media</source>
        <translation>ISO 映像檔；留空則為沒有媒體的光碟機</translation>
    </message>
    <message>
        <source>/var/lib/libvirt/images/disk.qcow2</source>
        <translation>/var/lib/libvirt/images/disk.qcow2</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>媒體：</translation>
    </message>
    <message>
        <source>Image or block device:</source>
        <translation>映像檔或區塊裝置：</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>匯流排：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Disk…</source>
        <translation>磁碟…</translation>
    </message>
    <message>
        <source>CD-ROM drive…</source>
        <translation>光碟機…</translation>
    </message>
    <message>
        <source>Network interface on the default network</source>
        <translation>位於 default 網路上的網路介面</translation>
    </message>
    <message>
        <source>Network interface in user mode</source>
        <translation>使用者模式網路介面</translation>
    </message>
    <message>
        <source>VNC display</source>
        <translation>VNC 顯示</translation>
    </message>
    <message>
        <source>Add a VNC display.</source>
        <translation>新增 VNC 顯示。</translation>
    </message>
    <message>
        <source>SPICE display</source>
        <translation>SPICE 顯示</translation>
    </message>
    <message>
        <source>Add a SPICE display.</source>
        <translation>新增 SPICE 顯示。</translation>
    </message>
    <message>
        <source>Video (virtio)</source>
        <translation>顯示卡（virtio）</translation>
    </message>
    <message>
        <source>Add a virtio video device.</source>
        <translation>新增 virtio 顯示卡裝置。</translation>
    </message>
    <message>
        <source>Sound (ICH9)</source>
        <translation>音效（ICH9）</translation>
    </message>
    <message>
        <source>Add an ICH9 sound device.</source>
        <translation>新增 ICH9 音效裝置。</translation>
    </message>
    <message>
        <source>Tablet (USB)</source>
        <translation>繪圖板（USB）</translation>
    </message>
    <message>
        <source>Add a USB tablet.</source>
        <translation>新增 USB 繪圖板。</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>序列埠</translation>
    </message>
    <message>
        <source>Add a serial port.</source>
        <translation>新增序列埠。</translation>
    </message>
    <message>
        <source>Console (virtio)</source>
        <translation>主控台（virtio）</translation>
    </message>
    <message>
        <source>Add a virtio console.</source>
        <translation>新增 virtio 主控台。</translation>
    </message>
    <message>
        <source>TPM 2.0 (CRB)</source>
        <translation>TPM 2.0（CRB）</translation>
    </message>
    <message>
        <source>Add an emulated TPM 2.0.</source>
        <translation>新增模擬的 TPM 2.0。</translation>
    </message>
    <message>
        <source>Add a watchdog.</source>
        <translation>新增看門狗。</translation>
    </message>
    <message>
        <source>Add a random number generator fed from /dev/urandom.</source>
        <translation>新增以 /dev/urandom 為來源的亂數產生器。</translation>
    </message>
    <message>
        <source>USB redirection (SPICE)</source>
        <translation>USB 重新導向（SPICE）</translation>
    </message>
    <message>
        <source>Add a USB redirection channel.</source>
        <translation>新增 USB 重新導向通道。</translation>
    </message>
    <message>
        <source>Add hardware</source>
        <extracomment>Button that opens a menu of device kinds</extracomment>
        <translation>新增硬體</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button: remove the selected device</extracomment>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected device</source>
        <translation>移除選取的裝置</translation>
    </message>
    <message>
        <source>Apply</source>
        <extracomment>Button: apply the hardware changes</extracomment>
        <translation>套用</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Button: drop the hardware changes not applied</extracomment>
        <translation>還原</translation>
    </message>
    <message>
        <source>Devices and settings</source>
        <translation>裝置與設定</translation>
    </message>
</context>
<context>
    <name>HostDeviceModel</name>
    <message>
        <source>Storage controller</source>
        <translation>儲存控制器</translation>
    </message>
    <message>
        <source>Ethernet controller</source>
        <translation>乙太網路控制器</translation>
    </message>
    <message>
        <source>Network controller</source>
        <translation>網路控制器</translation>
    </message>
    <message>
        <source>VGA compatible controller</source>
        <translation>VGA 相容控制器</translation>
    </message>
    <message>
        <source>Display controller</source>
        <translation>顯示控制器</translation>
    </message>
    <message>
        <source>Audio device</source>
        <translation>音訊裝置</translation>
    </message>
    <message>
        <source>Multimedia controller</source>
        <translation>多媒體控制器</translation>
    </message>
    <message>
        <source>PCI bridge</source>
        <extracomment>PCI device class name</extracomment>
        <translation>PCI 橋接器</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>橋接器</translation>
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
        <translation>序列匯流排控制器</translation>
    </message>
    <message>
        <source>PCI device (class %1)</source>
        <translation>PCI 裝置（類別 %1）</translation>
    </message>
    <message>
        <source>No IOMMU group (the IOMMU is off)</source>
        <translation>無 IOMMU 群組（IOMMU 未啟用）</translation>
    </message>
    <message>
        <source>IOMMU group %1</source>
        <translation>IOMMU 群組 %1</translation>
    </message>
    <message>
        <source>cannot be passed through</source>
        <extracomment>Status of an IOMMU group in the host device tree</extracomment>
        <translation>無法直通</translation>
    </message>
    <message>
        <source>ready for passthrough</source>
        <extracomment>Status of an IOMMU group in the host device tree: all its devices can be given to a VM</extracomment>
        <translation>可以直通</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) on host drivers</source>
        <translation>
            <numerusform>%n 個裝置仍在使用主機驅動程式</numerusform>
        </translation>
    </message>
    <message>
        <source>These devices have no IOMMU group: the host&apos;s IOMMU is off, so none can be passed through.</source>
        <translation>這些裝置沒有 IOMMU 群組：主機的 IOMMU 未啟用，因此都無法直通。</translation>
    </message>
    <message>
        <source>An IOMMU group is the smallest set of devices the host can isolate: every device in it (bridges excepted) goes to the same VM, together.</source>
        <translation>IOMMU 群組是主機能夠隔離的最小裝置集合：群組內的所有裝置（橋接器除外）必須一起指派給同一台虛擬機器。</translation>
    </message>
    <message>
        <source>%1 (bridge, stays with the host)</source>
        <translation>%1（橋接器，保留在主機上）</translation>
    </message>
    <message>
        <source>%1 (virtual function)</source>
        <translation>%1（虛擬功能）</translation>
    </message>
    <message>
        <source>bus %1 device %2</source>
        <translation>匯流排 %1 裝置 %2</translation>
    </message>
    <message>
        <source>none reported</source>
        <extracomment>Host driver column: libvirt did not name a driver for this device</extracomment>
        <translation>未回報</translation>
    </message>
    <message>
        <source>Bridges connect other devices; they are not passed through and do not stop the group from being used.</source>
        <translation>橋接器用於連接其他裝置；它們不會被直通，也不會妨礙此群組的使用。</translation>
    </message>
    <message numerus="yes">
        <source>SR-IOV physical function with %n virtual function(s).</source>
        <translation>
            <numerusform>具有 %n 個虛擬功能的 SR-IOV 實體功能。</numerusform>
        </translation>
    </message>
    <message>
        <source>SR-IOV virtual function of %1.</source>
        <translation>%1 的 SR-IOV 虛擬功能。</translation>
    </message>
    <message>
        <source>Vendor %1, product %2</source>
        <translation>廠商 %1，產品 %2</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>使用方：%1</translation>
    </message>
    <message>
        <source>USB devices</source>
        <extracomment>Top-level node of the host device tree</extracomment>
        <translation>USB 裝置</translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>Column header of the host device tree</extracomment>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Column header of the host device tree: PCI address or USB bus/device</extracomment>
        <translation>位址</translation>
    </message>
    <message>
        <source>Host driver</source>
        <extracomment>Column header of the host device tree: the kernel driver the device is bound to on the host</extracomment>
        <translation>主機驅動程式</translation>
    </message>
    <message>
        <source>Used by</source>
        <extracomment>Column header of the host device tree: the virtual machines configured to use the device</extracomment>
        <translation>使用方</translation>
    </message>
    <message>
        <source>drivers not reported</source>
        <translation>未回報驅動程式</translation>
    </message>
</context>
<context>
    <name>HostDevicesPage</name>
    <message>
        <source>The host&apos;s devices could not be listed: %1</source>
        <translation>無法列出主機的裝置：%1</translation>
    </message>
    <message>
        <source>Create Pool Network</source>
        <translation>建立池網路</translation>
    </message>
    <message>
        <source>The network %1 is running. Give a VM an interface on it to hand it a free virtual function.</source>
        <translation>網路 %1 已在執行。為虛擬機器新增連接至此網路的介面，即可為其指派一個可用的虛擬功能。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>Passthrough readiness: the host is being checked</extracomment>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <source>The host could not be checked: %1</source>
        <translation>無法檢查主機：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready for PCI passthrough?&lt;/b&gt;</source>
        <translation>&lt;b&gt;是否可以進行 PCI 直通？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Devices by IOMMU group&lt;/b&gt; (everything in a group goes to one VM together)</source>
        <translation>&lt;b&gt;依 IOMMU 群組列出的裝置(&amp;D)&lt;/b&gt;（同一群組中的所有裝置會一起指派給同一台虛擬機器）</translation>
    </message>
    <message>
        <source>&amp;Bind Group to vfio-pci</source>
        <translation>將群組綁定至 vfio-pci(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Give Group Back to Host</source>
        <translation>將群組歸還給主機(&amp;G)</translation>
    </message>
    <message>
        <source>Create SR-IOV &amp;Pool Network…</source>
        <translation>建立 SR-IOV 池網路(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Button: read the host&apos;s devices again</extracomment>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Host devices by IOMMU group</source>
        <translation>依 IOMMU 群組列出的主機裝置</translation>
    </message>
</context>
<context>
    <name>HostOverview</name>
    <message>
        <source>The host&apos;s figures appear once it has been sampled.</source>
        <translation>主機完成取樣後即會顯示其資料。</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總量</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>節省</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>Label of the combo box that picks the time range of the host&apos;s graphs</extracomment>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <source>Host CPU usage</source>
        <translation>主機 CPU 使用率</translation>
    </message>
    <message>
        <source>Host memory</source>
        <translation>主機記憶體</translation>
    </message>
    <message>
        <source>Shared memory (KSM)</source>
        <extracomment>Title of a graph: Kernel Same-page Merging, memory saved by merging identical guest pages</extracomment>
        <translation>記憶體共享（KSM）</translation>
    </message>
    <message>
        <source>CPU figures are not available on this host.</source>
        <translation>無法取得此主機的 CPU 資料。</translation>
    </message>
    <message>
        <source>Memory figures are not available on this host.</source>
        <translation>無法取得此主機的記憶體資料。</translation>
    </message>
    <message>
        <source>KSM figures are not available on this host.</source>
        <translation>無法取得此主機的 KSM 資料。</translation>
    </message>
    <message>
        <source>&amp;Running guests</source>
        <translation>執行中的客體系統(&amp;R)</translation>
    </message>
    <message>
        <source>Running guests</source>
        <extracomment>Accessible name of the table of running guests on the host&apos;s summary page</extracomment>
        <translation>執行中的客體系統</translation>
    </message>
</context>
<context>
    <name>HostStoragePage</name>
    <message>
        <source>The host&apos;s storage pools could not be listed: %1</source>
        <translation>無法列出主機的儲存池：%1</translation>
    </message>
    <message>
        <source>The volumes of pool %1 could not be listed: %2</source>
        <translation>無法列出儲存池 %1 的磁碟區：%2</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>傳輸</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 失敗。</translation>
    </message>
    <message>
        <source>Storage &amp;pools:</source>
        <translation>儲存池(&amp;P)：</translation>
    </message>
    <message>
        <source>New Pool…</source>
        <extracomment>Button: make a new storage pool</extracomment>
        <translation>新增儲存池…</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Button: start (activate) the storage pool</extracomment>
        <translation>啟動</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Button: stop (deactivate) the storage pool</extracomment>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start with the host</source>
        <translation>隨主機啟動</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Button: have libvirt read the pool&apos;s folder again</extracomment>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Delete Pool…</source>
        <extracomment>Button: delete the storage pool (asks what to remove)</extracomment>
        <translation>刪除儲存池…</translation>
    </message>
    <message>
        <source>&amp;Volumes:</source>
        <translation>磁碟區(&amp;V)：</translation>
    </message>
    <message>
        <source>%p% used</source>
        <extracomment>Text on the pool&apos;s capacity bar; %p is the percentage</extracomment>
        <translation>已使用 %p%</translation>
    </message>
    <message>
        <source>Filter volumes</source>
        <translation>篩選磁碟區</translation>
    </message>
    <message>
        <source>New Volume…</source>
        <extracomment>Button: make a new volume in the pool</extracomment>
        <translation>新增磁碟區…</translation>
    </message>
    <message>
        <source>Resize…</source>
        <extracomment>Button: change the volume&apos;s capacity</extracomment>
        <translation>調整大小…</translation>
    </message>
    <message>
        <source>Wipe…</source>
        <extracomment>Button: overwrite the volume&apos;s data with zeros</extracomment>
        <translation>抹除…</translation>
    </message>
    <message>
        <source>Delete Volume…</source>
        <extracomment>Button: delete the volume</extracomment>
        <translation>刪除磁碟區…</translation>
    </message>
    <message>
        <source>Upload</source>
        <extracomment>Button with a menu: copy a local file onto the host</extracomment>
        <translation>上傳</translation>
    </message>
    <message>
        <source>Download…</source>
        <extracomment>Button: copy the volume into a local file</extracomment>
        <translation>下載…</translation>
    </message>
    <message>
        <source>Upload a File into a New Volume…</source>
        <translation>上傳檔案至新磁碟區…</translation>
    </message>
    <message>
        <source>Upload a File into the Selected Volume…</source>
        <translation>上傳檔案至所選磁碟區…</translation>
    </message>
    <message>
        <source>%1 (%2) at %3 is stopped.</source>
        <extracomment>Pool details: %1 the pool, %2 its type, %3 its folder on the host</extracomment>
        <translation>位於 %3 的 %1（%2）已停止。</translation>
    </message>
    <message>
        <source>%1 (%2) at %3: %4 of %5 used, %6 free.</source>
        <extracomment>Pool details: %1 the pool, %2 its type, %3 its folder, %4 used, %5 capacity, %6 free</extracomment>
        <translation>位於 %3 的 %1（%2）：已使用 %4／%5，可用 %6。</translation>
    </message>
    <message>
        <source>Space used in pool %1</source>
        <translation>儲存池 %1 的已用空間</translation>
    </message>
    <message>
        <source>New Storage Pool</source>
        <translation>新增儲存池</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be made.</source>
        <translation>無法建立儲存池 %1。</translation>
    </message>
    <message>
        <source>Start Pool</source>
        <translation>啟動儲存池</translation>
    </message>
    <message>
        <source>Stop Pool</source>
        <translation>停止儲存池</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be started.</source>
        <translation>無法啟動儲存池 %1。</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be stopped.</source>
        <translation>無法停止儲存池 %1。</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自動啟動</translation>
    </message>
    <message>
        <source>Whether the storage pool %1 starts with the host could not be changed.</source>
        <translation>無法變更儲存池 %1 是否隨主機啟動。</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be read again.</source>
        <translation>無法重新讀取儲存池 %1。</translation>
    </message>
    <message>
        <source>Delete the storage pool %1?

&quot;Delete Pool Only&quot; stops it and removes its definition: its folder %2 and every volume in it stay on the host.

&quot;Delete Pool and Folder&quot; also removes the pool&apos;s storage (for a folder pool the folder itself, which libvirt removes only when it is empty: delete the volumes first).</source>
        <translation>要刪除儲存池 %1 嗎？

「僅刪除儲存池」會停止儲存池並移除其定義：其資料夾 %2 及其中所有磁碟區都會保留在主機上。

「刪除儲存池與資料夾」還會移除儲存池的儲存空間（對資料夾儲存池而言即資料夾本身，而 libvirt 只會在資料夾為空時將其移除：請先刪除磁碟區）。</translation>
    </message>
    <message>
        <source>Delete Storage Pool</source>
        <translation>刪除儲存池</translation>
    </message>
    <message>
        <source>Delete Pool Only</source>
        <translation>僅刪除儲存池</translation>
    </message>
    <message>
        <source>Delete Pool and Folder</source>
        <translation>刪除儲存池與資料夾</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be deleted.</source>
        <translation>無法刪除儲存池 %1。</translation>
    </message>
    <message>
        <source>New Volume</source>
        <translation>新增磁碟區</translation>
    </message>
    <message>
        <source>The volume %1 could not be made in pool %2.</source>
        <translation>無法在儲存池 %2 中建立磁碟區 %1。</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>調整大小</translation>
    </message>
    <message>
        <source>%1 could not be resized.</source>
        <translation>無法調整 %1 的大小。</translation>
    </message>
    <message>
        <source>%1 cannot be made smaller.</source>
        <translation>無法縮小 %1。</translation>
    </message>
    <message>
        <source>Only raw volumes can be shrunk here; a %1 volume would lose the guest&apos;s data past the new end.</source>
        <translation>這裡只能縮小 raw 磁碟區；%1 磁碟區會遺失客體系統位於新結尾之後的資料。</translation>
    </message>
    <message>
        <source>Shrink Volume</source>
        <translation>縮小磁碟區</translation>
    </message>
    <message>
        <source>Shrink %1 from %2 to %3? Whatever the guest keeps past %3 is lost, and a file system that is not shrunk first in the guest will be damaged.</source>
        <translation>要將 %1 從 %2 縮小為 %3 嗎？客體系統存放在 %3 之後的資料都會遺失，且未先在客體系統中縮小的檔案系統將會損壞。</translation>
    </message>
    <message>
        <source>Shrink</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Wipe Volume</source>
        <translation>抹除磁碟區</translation>
    </message>
    <message>
        <source>Overwrite all data in %1 with zeros? This cannot be undone.</source>
        <translation>要以零覆寫 %1 中的所有資料嗎？此操作無法復原。</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>抹除</translation>
    </message>
    <message>
        <source>%1 could not be wiped.</source>
        <translation>無法抹除 %1。</translation>
    </message>
    <message>
        <source>Delete %1? The file is removed from the host.</source>
        <translation>要刪除 %1 嗎？該檔案會從主機上移除。</translation>
    </message>
    <message>
        <source>Delete %1? The file is removed from the host, and these virtual machines use it: %2. They will not start until their disk is changed.</source>
        <translation>要刪除 %1 嗎？該檔案會從主機上移除，而下列虛擬機器正在使用它：%2。在變更其磁碟之前，這些虛擬機器將無法啟動。</translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation>刪除磁碟區</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation>無法刪除 %1。</translation>
    </message>
    <message>
        <source>Uploading %1 into %2</source>
        <translation>正在將 %1 上傳至 %2</translation>
    </message>
    <message>
        <source>Downloading %1 into %2</source>
        <translation>正在將 %1 下載至 %2</translation>
    </message>
    <message>
        <source>Choose a File to Upload</source>
        <translation>選擇要上傳的檔案</translation>
    </message>
    <message>
        <source>Download %1 to</source>
        <translation>將 %1 下載至</translation>
    </message>
    <message>
        <source>Upload a File into This Volume…</source>
        <translation>上傳檔案至此磁碟區…</translation>
    </message>
</context>
<context>
    <name>HostWindow</name>
    <message>
        <source>%1 — Host Details — QVirt</source>
        <translation>%1 — 主機詳細資料 — QVirt</translation>
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
        <translation>無法讀取主機詳細資料：%1</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>連線：</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>虛擬機器管理程式：</translation>
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
        <translation>%1，%2 個邏輯 CPU，時脈 %3 MHz（%4 個插槽、%5 個核心、%6 個執行緒）</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>記憶體：</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <extracomment>Host memory: %1 the total, %2 the free amount</extracomment>
        <translation>%1（可用 %2）</translation>
    </message>
    <message>
        <source>Virtual machines:</source>
        <translation>虛擬機器：</translation>
    </message>
    <message>
        <source>%1 defined, %2 running</source>
        <extracomment>Number of virtual machines on the host: %1 defined (all), %2 of them running</extracomment>
        <translation>已定義 %1 台，執行中 %2 台</translation>
    </message>
    <message>
        <source>Host Devices</source>
        <translation>主機裝置</translation>
    </message>
    <message>
        <source>Storage</source>
        <extracomment>Tab of the host details window: storage pools and volumes</extracomment>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Virtual Networks</source>
        <extracomment>Tab of the host details window</extracomment>
        <translation>虛擬網路</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <extracomment>Tab of the host details window: the host&apos;s network interfaces</extracomment>
        <translation>介面</translation>
    </message>
</context>
<context>
    <name>HostdevXml</name>
    <message>
        <source>An interface on network %1</source>
        <translation>網路 %1 上的介面</translation>
    </message>
    <message>
        <source>USB device %1:%2</source>
        <translation>USB 裝置 %1:%2</translation>
    </message>
    <message>
        <source>USB device %1.%2</source>
        <translation>USB 裝置 %1.%2</translation>
    </message>
    <message>
        <source>No PCI slot is free on the guest&apos;s root bus for %1; remove a device from the guest first.</source>
        <translation>客體系統的根匯流排上沒有可供 %1 使用的 PCI 插槽；請先從客體系統移除一個裝置。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address like 52:54:00:12:34:56.</source>
        <translation>「%1」不是有效的 MAC 位址（格式如 52:54:00:12:34:56）。</translation>
    </message>
    <message>
        <source>%1 is a multicast MAC address; a network interface needs a unicast one.</source>
        <translation>%1 是多播 MAC 位址；網路介面需要單播位址。</translation>
    </message>
    <message>
        <source>The interface needs the name of its pool network.</source>
        <translation>此介面需要指定其池網路的名稱。</translation>
    </message>
    <message>
        <source>The device has no host PCI address.</source>
        <translation>此裝置沒有主機 PCI 位址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PCI address like 0000:3b:00.0.</source>
        <translation>「%1」不是有效的 PCI 位址（格式如 0000:3b:00.0）。</translation>
    </message>
    <message>
        <source>A USB device needs both its vendor and its product ID.</source>
        <translation>USB 裝置需要同時指定廠商 ID 與產品 ID。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a USB vendor or product ID like 0x046d.</source>
        <translation>「%1」不是有效的 USB 廠商 ID 或產品 ID（格式如 0x046d）。</translation>
    </message>
    <message>
        <source>A USB device needs its vendor and product IDs or its bus and device numbers.</source>
        <translation>USB 裝置需要指定廠商 ID 與產品 ID，或匯流排編號與裝置編號。</translation>
    </message>
    <message>
        <source>%1 is already passed through to this guest.</source>
        <translation>%1 已直通給此客體系統。</translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation>%1 在清單中出現了兩次。</translation>
    </message>
    <message>
        <source>%1 is not passed through to this guest.</source>
        <translation>%1 未直通給此客體系統。</translation>
    </message>
    <message>
        <source>The Hyper-V vendor ID &quot;%1&quot; must be 1 to 12 ASCII letters, digits or signs other than a comma.</source>
        <translation>Hyper-V 廠商 ID「%1」必須由 1 到 12 個 ASCII 字母、數字或符號（逗號除外）組成。</translation>
    </message>
</context>
<context>
    <name>InterfacesPage</name>
    <message>
        <source>This host&apos;s libvirt has no interface driver, so its interfaces cannot be shown from here (on the host, &quot;ip address&quot; lists them): %1</source>
        <translation>此主機的 libvirt 沒有介面驅動程式，因此無法在這裡顯示其介面（可在主機上用「ip address」列出）：%1</translation>
    </message>
    <message>
        <source>The host&apos;s interfaces could not be listed: %1</source>
        <translation>無法列出主機的介面：%1</translation>
    </message>
    <message>
        <source>Up</source>
        <extracomment>State of a host interface</extracomment>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC 位址：</translation>
    </message>
    <message>
        <source>IPv4 addresses:</source>
        <translation>IPv4 位址：</translation>
    </message>
    <message>
        <source>IPv6 addresses:</source>
        <translation>IPv6 位址：</translation>
    </message>
    <message>
        <source>Bridge ports:</source>
        <extracomment>Row label: the interfaces enslaved to a bridge</extracomment>
        <translation>橋接器連接埠：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <extracomment>Row label: what made a bridge; the value says it is a libvirt virtual network&apos;s own</extracomment>
        <translation>擁有者：</translation>
    </message>
    <message>
        <source>A libvirt virtual network</source>
        <translation>libvirt 虛擬網路</translation>
    </message>
    <message>
        <source>SR-IOV:</source>
        <extracomment>%1 virtual functions configured, %2 the most the card can have</extracomment>
        <translation>SR-IOV：</translation>
    </message>
    <message>
        <source>%1 of %2 virtual functions</source>
        <translation>%1／%2 個虛擬功能</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column: interface type (bridge, ethernet)</extracomment>
        <translation>類型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 位址</translation>
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
        <translation>橋接器連接埠</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Host interfaces</source>
        <translation>主機介面</translation>
    </message>
    <message>
        <source>How to make a host bridge</source>
        <translation>如何建立主機橋接器</translation>
    </message>
</context>
<context>
    <name>LifecycleController</name>
    <message>
        <source>Start</source>
        <extracomment>VM action: boot the virtual machine</extracomment>
        <translation>啟動</translation>
    </message>
    <message>
        <source>Shut Down</source>
        <extracomment>VM action: ask the guest OS to shut down (ACPI)</extracomment>
        <translation>關機</translation>
    </message>
    <message>
        <source>Reboot</source>
        <extracomment>VM action: ask the guest OS to restart</extracomment>
        <translation>重新開機</translation>
    </message>
    <message>
        <source>Force Off</source>
        <extracomment>VM action, dialog title and button: cut the VM&apos;s power at once, like pulling the plug; use one term for it everywhere</extracomment>
        <translation>強制關機</translation>
    </message>
    <message>
        <source>Force Reset</source>
        <extracomment>VM action, dialog title and button: press the VM&apos;s reset button; use one term for reset everywhere</extracomment>
        <translation>強制重設</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>action</comment>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>VM action: let a paused VM run again; not the same word as Restore (from a saved file) or Revert (to a snapshot)</extracomment>
        <translation>繼續執行</translation>
    </message>
    <message>
        <source>Managed Save</source>
        <extracomment>VM action: save the VM&apos;s memory state in libvirt&apos;s own place and stop it; starting the VM resumes from it (virsh managedsave)</extracomment>
        <translation>受管儲存</translation>
    </message>
    <message>
        <source>Remove Managed Save</source>
        <translation>移除受管儲存</translation>
    </message>
    <message>
        <source>Start at Host Boot</source>
        <translation>隨主機開機啟動</translation>
    </message>
    <message>
        <source>Do Not Start at Host Boot</source>
        <translation>不隨主機開機啟動</translation>
    </message>
    <message>
        <source>The virtual machine is already running.</source>
        <translation>虛擬機器已在執行中。</translation>
    </message>
    <message>
        <source>Only a running virtual machine can be shut down or rebooted.</source>
        <translation>只有執行中的虛擬機器才能關機或重新開機。</translation>
    </message>
    <message>
        <source>The virtual machine is not running.</source>
        <translation>虛擬機器未在執行。</translation>
    </message>
    <message>
        <source>Only a running virtual machine can be paused.</source>
        <translation>只有執行中的虛擬機器才能暫停。</translation>
    </message>
    <message>
        <source>The virtual machine is not paused.</source>
        <translation>虛擬機器未暫停。</translation>
    </message>
    <message>
        <source>A transient virtual machine has no managed save.</source>
        <translation>暫時性虛擬機器沒有受管儲存。</translation>
    </message>
    <message>
        <source>The virtual machine has no managed save image.</source>
        <translation>此虛擬機器沒有受管儲存映像檔。</translation>
    </message>
    <message>
        <source>A transient virtual machine cannot start at host boot.</source>
        <translation>暫時性虛擬機器無法隨主機開機啟動。</translation>
    </message>
    <message>
        <source>These virtual machines could not be started:</source>
        <translation>下列虛擬機器無法啟動：</translation>
    </message>
    <message>
        <source>These virtual machines could not be shut down:</source>
        <translation>下列虛擬機器無法關機：</translation>
    </message>
    <message>
        <source>These virtual machines could not be rebooted:</source>
        <translation>下列虛擬機器無法重新開機：</translation>
    </message>
    <message>
        <source>These virtual machines could not be forced off:</source>
        <translation>下列虛擬機器無法強制關機：</translation>
    </message>
    <message>
        <source>These virtual machines could not be reset:</source>
        <translation>下列虛擬機器無法重設：</translation>
    </message>
    <message>
        <source>These virtual machines could not be paused:</source>
        <translation>下列虛擬機器無法暫停：</translation>
    </message>
    <message>
        <source>These virtual machines could not be resumed:</source>
        <translation>下列虛擬機器無法繼續執行：</translation>
    </message>
    <message>
        <source>The state of these virtual machines could not be saved:</source>
        <translation>無法儲存下列虛擬機器的狀態：</translation>
    </message>
    <message>
        <source>The managed save of these virtual machines could not be removed:</source>
        <translation>無法移除下列虛擬機器的受管儲存：</translation>
    </message>
    <message>
        <source>Autostart could not be changed for these virtual machines:</source>
        <translation>無法變更下列虛擬機器的自動啟動設定：</translation>
    </message>
    <message>
        <source>Check that each virtual machine is in a state that allows this action, and see the host&apos;s libvirt log (/var/log/libvirt/) for details.</source>
        <translation>請確認每台虛擬機器都處於允許此動作的狀態，詳細資訊請參閱主機上的 libvirt 記錄檔（/var/log/libvirt/）。</translation>
    </message>
    <message>
        <source>Force off %1?

This is like pulling the power plug: the guest loses everything it has not written to disk.</source>
        <translation>確定要將 %1 強制關機嗎？

這就像直接拔掉電源插頭：客體系統中尚未寫入磁碟的所有資料都會遺失。</translation>
    </message>
    <message>
        <source>Reset %1?

This is like pressing the reset button: the guest loses everything it has not written to disk.</source>
        <translation>確定要重設 %1 嗎？

這就像按下重設按鈕：客體系統中尚未寫入磁碟的所有資料都會遺失。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a VM name, %2 the error message</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Path on the host %1:</source>
        <translation>主機 %1 上的路徑：</translation>
    </message>
    <message>
        <source>Save to File</source>
        <extracomment>Title of the error box when saving VMs to files failed (virsh save: the VM&apos;s state is written to a file and the VM stops)</extracomment>
        <translation>儲存至檔案</translation>
    </message>
    <message>
        <source>The state of these virtual machines could not be saved to a file:</source>
        <translation>無法將下列虛擬機器的狀態儲存至檔案：</translation>
    </message>
    <message>
        <source>Save %1 to File</source>
        <translation>將 %1 儲存至檔案</translation>
    </message>
    <message numerus="yes">
        <source>Save %n Virtual Machines to Folder</source>
        <translation>
            <numerusform>將 %n 台虛擬機器儲存至資料夾</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <extracomment>%1 is a VM name, %2 the file it was to be saved to, %3 the error message</extracomment>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>Restore Virtual Machine from File</source>
        <translation>從檔案恢復虛擬機器</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>Dialog title and button: start a VM from a state file written by &quot;Save to File&quot; (virsh restore); not the same word as Revert (snapshot) or Resume (paused VM)</extracomment>
        <translation>恢復</translation>
    </message>
    <message>
        <source>%1 is not a saved virtual machine state that this host can read.</source>
        <translation>%1 不是此主機可讀取的虛擬機器儲存狀態。</translation>
    </message>
    <message>
        <source>Choose a file written by &quot;Save to File&quot; (virsh save) on this host.</source>
        <translation>請選擇在此主機上以「儲存至檔案」（virsh save）寫入的檔案。</translation>
    </message>
    <message>
        <source>%1 is running. Restoring the saved state forces it off first; whatever it has not written to disk is lost.</source>
        <translation>%1 正在執行。恢復儲存的狀態會先將其強制關機，所有尚未寫入磁碟的資料都會遺失。</translation>
    </message>
    <message>
        <source>Force Off and Restore</source>
        <translation>強制關機並恢復</translation>
    </message>
    <message>
        <source>The running virtual machine could not be forced off, so nothing was restored.</source>
        <translation>無法將執行中的虛擬機器強制關機，因此未恢復任何內容。</translation>
    </message>
    <message>
        <source>The virtual machine could not be restored from %1.</source>
        <translation>無法從 %1 恢復虛擬機器。</translation>
    </message>
    <message>
        <source>The file is kept. Check that the disks it refers to still exist, and the host&apos;s libvirt log.</source>
        <translation>檔案已保留。請確認其參照的磁碟仍然存在，並查看主機上的 libvirt 記錄檔。</translation>
    </message>
    <message>
        <source>Rename</source>
        <extracomment>Title of message boxes about renaming a VM</extracomment>
        <translation>重新命名</translation>
    </message>
    <message>
        <source>Shut %1 off first: libvirt renames only virtual machines that are not running.</source>
        <translation>請先將 %1 關機：libvirt 只能重新命名未在執行的虛擬機器。</translation>
    </message>
    <message>
        <source>Rename Virtual Machine</source>
        <translation>重新命名虛擬機器</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1 的新名稱：</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2.</source>
        <translation>無法將 %1 重新命名為 %2。</translation>
    </message>
    <message>
        <source>Choose a name no other virtual machine on this host uses.</source>
        <translation>請選擇此主機上其他虛擬機器未使用的名稱。</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Title of the error box when deleting virtual machines did not fully succeed</extracomment>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Deleting did not fully succeed:</source>
        <translation>刪除未完全成功：</translation>
    </message>
    <message>
        <source>%1: image %2 was not deleted: %3</source>
        <translation>%1：映像檔 %2 未刪除：%3</translation>
    </message>
    <message>
        <source>Folder on the hosts:</source>
        <translation>各主機上的資料夾：</translation>
    </message>
    <message>
        <source>%1 is deleted, but these images are in no storage pool on %2, so libvirt could not delete them:

%3

QVirt can open each image&apos;s folder as a temporary storage pool, delete the images through it and remove the pool again; the folders and every other file in them stay. Delete the images now?</source>
        <translation>%1 已刪除，但下列映像檔不在 %2 的任何儲存池中，因此 libvirt 無法刪除它們：

%3

QVirt 可以將每個映像檔所在的資料夾暫時開啟為儲存池，透過它刪除映像檔，再移除該儲存池；資料夾及其中的其他檔案都會保留。要立即刪除這些映像檔嗎？</translation>
    </message>
    <message>
        <source>Delete Images</source>
        <translation>刪除映像檔</translation>
    </message>
    <message>
        <source>Delete the Images</source>
        <translation>刪除這些映像檔</translation>
    </message>
    <message>
        <source>Keep the Files</source>
        <translation>保留檔案</translation>
    </message>
    <message>
        <source>These images of %1 stay on %2; remove them on the host when they are no longer needed:

%3</source>
        <translation>%1 的下列映像檔仍保留在 %2 上；不再需要時請在主機上移除：

%3</translation>
    </message>
    <message>
        <source>These images of %1 stay on %2:</source>
        <translation>%1 的下列映像檔仍保留在 %2 上：</translation>
    </message>
    <message>
        <source>Remove them on the host, or give their folder a storage pool in the host window&apos;s Storage page.</source>
        <translation>請在主機上移除，或在主機視窗的「儲存」頁面中為其資料夾建立儲存池。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Remove Connection</source>
        <extracomment>Remove a connection from QVirt&apos;s list; nothing on the host is deleted</extracomment>
        <translation>移除連線</translation>
    </message>
    <message>
        <source>Remove %1 from QVirt? Its virtual machines keep running; only QVirt forgets the connection.</source>
        <translation>要從 QVirt 移除 %1 嗎？其虛擬機器仍會照常執行，QVirt 只是不再記住此連線。</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Confirmation button: remove the connection from QVirt&apos;s list (nothing on the host is deleted)</extracomment>
        <translation>移除</translation>
    </message>
    <message>
        <source>QVirt Virtual Machine Manager</source>
        <translation>QVirt 虛擬機器管理員</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu</extracomment>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation>虛擬機器(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <extracomment>Menu: actions on the selected connection (libvirt host)</extracomment>
        <translation>主機(&amp;H)</translation>
    </message>
    <message>
        <source>Add Connection…</source>
        <translation>新增連線…</translation>
    </message>
    <message>
        <source>Restore from File…</source>
        <extracomment>Start a VM again from a state file written by &quot;Save to File&quot; (virsh restore); not a snapshot revert</extracomment>
        <translation>從檔案恢復…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>Menu action: connect to the selected libvirt host</extracomment>
        <translation>連線</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <extracomment>Menu action: close the connection to the selected libvirt host</extracomment>
        <translation>中斷連線</translation>
    </message>
    <message>
        <source>Connect Automatically</source>
        <translation>自動連線</translation>
    </message>
    <message>
        <source>Host Details</source>
        <translation>主機詳細資料</translation>
    </message>
    <message>
        <source>Remove Connection…</source>
        <translation>移除連線…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>Connection Failed</source>
        <translation>連線失敗</translation>
    </message>
    <message>
        <source>QVirt could not connect to %1.</source>
        <translation>QVirt 無法連線至 %1。</translation>
    </message>
    <message>
        <source>Check the URI, that the host is reachable and libvirtd runs there, and your login. Your other connections are not affected.</source>
        <translation>請檢查 URI、主機是否可連線且正在執行 libvirtd，以及您的登入資訊。您的其他連線不受影響。</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重試</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machine(s) selected</source>
        <translation>
            <numerusform>已選擇 %n 台虛擬機器</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): disconnected, retrying. %3</source>
        <translation>%1（%2）：連線已中斷，正在重試。%3</translation>
    </message>
    <message>
        <source>%1 (%2): could not connect. %3</source>
        <translation>%1（%2）：無法連線。%3</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Menu title, as in virt-manager: holds Preferences.</extracomment>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;New VM…</source>
        <translation>新增虛擬機器(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a virtual machine on the selected host</source>
        <translation>在選取的主機上建立虛擬機器</translation>
    </message>
</context>
<context>
    <name>MemoryForm</name>
    <message>
        <source>Maximum memory (MiB):</source>
        <translation>記憶體上限（MiB）：</translation>
    </message>
    <message>
        <source>Memory now (MiB):</source>
        <translation>目前記憶體（MiB）：</translation>
    </message>
    <message>
        <source>The host has %1 MiB of memory.</source>
        <translation>主機有 %1 MiB 記憶體。</translation>
    </message>
    <message>
        <source>This VM has no memory balloon: its memory changes only when it starts again.</source>
        <translation>此虛擬機器沒有記憶體氣球裝置：其記憶體只會在重新啟動時變更。</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>How will the operating system be installed?</source>
        <translation>要如何安裝作業系統？</translation>
    </message>
    <message>
        <source>From an installation ISO image or CD-ROM on the host</source>
        <translation>從主機上的安裝 ISO 映像檔或光碟機</translation>
    </message>
    <message>
        <source>From a network install tree (HTTP, HTTPS or FTP)</source>
        <translation>從網路安裝樹（HTTP、HTTPS 或 FTP）</translation>
    </message>
    <message>
        <source>Import an existing disk image</source>
        <translation>匯入現有的磁碟映像檔</translation>
    </message>
    <message>
        <source>Network boot (PXE)</source>
        <translation>網路開機（PXE）</translation>
    </message>
    <message>
        <source>No installation: create an empty VM</source>
        <translation>不安裝：建立空白的虛擬機器</translation>
    </message>
    <message>
        <source>Reading what the host offers…</source>
        <translation>正在讀取主機提供的功能…</translation>
    </message>
    <message>
        <source>The host&apos;s capabilities could not be read: %1</source>
        <translation>無法讀取主機的功能：%1</translation>
    </message>
    <message>
        <source>VMs on this host run with KVM hardware acceleration.</source>
        <translation>此主機上的虛擬機器以 KVM 硬體加速執行。</translation>
    </message>
    <message>
        <source>This host has no KVM: VMs run in QEMU&apos;s software emulation (TCG), which is much slower. Enable virtualization in the host&apos;s firmware if its CPU has it.</source>
        <translation>此主機沒有 KVM：虛擬機器將以 QEMU 的軟體模擬（TCG）執行，速度慢很多。若主機的 CPU 支援虛擬化，請在主機韌體中啟用。</translation>
    </message>
</context>
<context>
    <name>MigrateDialog</name>
    <message>
        <source>Migrate %1 — QVirt</source>
        <extracomment>Window title; %1 is the name of a virtual machine</extracomment>
        <translation>移轉 %1 — QVirt</translation>
    </message>
    <message>
        <source>%1 runs on %2. It keeps running while it moves to the destination host.</source>
        <translation>%1 正在 %2 上執行。移轉至目的地主機期間，它會持續執行。</translation>
    </message>
    <message>
        <source>%1 is shut off on %2. Its definition moves to the destination host, and its disks too if you copy them.</source>
        <translation>%1 在 %2 上已關機。它的定義會移至目的地主機；若您選擇複製磁碟，磁碟也會一併移過去。</translation>
    </message>
    <message>
        <source>Destination host:</source>
        <translation>目的地主機：</translation>
    </message>
    <message>
        <source>No other host is connected. Connect to the destination host first (File ▸ Add Connection…).</source>
        <translation>目前沒有連線至其他主機。請先連線至目的地主機（檔案 ▸ 新增連線…）。</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>磁碟</translation>
    </message>
    <message>
        <source>Both hosts share the disks (NFS, iSCSI, Ceph…)</source>
        <translation>兩台主機共用磁碟（NFS、iSCSI、Ceph…）</translation>
    </message>
    <message>
        <source>Copy every disk to the destination host</source>
        <translation>將所有磁碟複製到目的地主機</translation>
    </message>
    <message>
        <source>Copy only the top layer of each disk (its backing files are on the destination already)</source>
        <translation>只複製每個磁碟的最上層（其後備檔案已在目的地主機上）</translation>
    </message>
    <message>
        <source>Create storage pools on the destination for folders it has none for</source>
        <translation>在目的地主機上為尚無儲存池的資料夾建立儲存池</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Directly between the hosts (fastest)</source>
        <translation>主機之間直接傳輸（最快）</translation>
    </message>
    <message>
        <source>Through libvirt&apos;s connection (one port, encrypted when libvirt&apos;s is)</source>
        <translation>透過 libvirt 的連線（只使用一個連接埠；libvirt 連線有加密時也會加密）</translation>
    </message>
    <message>
        <source>The destination connection&apos;s address</source>
        <translation>目的地連線的位址</translation>
    </message>
    <message>
        <source>When tunnelled, the source host&apos;s libvirt connects to the destination itself. Give the address it reaches it by, if it differs from this connection&apos;s.</source>
        <translation>使用通道傳輸時，來源主機的 libvirt 會自行連線至目的地主機。若它連至目的地所用的位址與此連線不同，請在此填入該位址。</translation>
    </message>
    <message>
        <source>Destination as the source host reaches it:</source>
        <translation>來源主機連至目的地的位址：</translation>
    </message>
    <message>
        <source>Keep the virtual machine defined on the destination after it stops</source>
        <translation>虛擬機器停止後，仍保留其在目的地主機上的定義</translation>
    </message>
    <message>
        <source>Keep its definition on this host too</source>
        <translation>同時保留其在此主機上的定義</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>進階</translation>
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
        <translation>頻寬上限：</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>Milliseconds</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>libvirt&apos;s default</source>
        <extracomment>Shown in the longest-pause box when it is 0</extracomment>
        <translation>libvirt 預設值</translation>
    </message>
    <message>
        <source>Longest pause of the guest:</source>
        <translation>客體系統最長暫停時間：</translation>
    </message>
    <message>
        <source>Slow the guest down if its memory changes faster than it can move (auto-converge)</source>
        <translation>若客體系統記憶體的變動速度超過傳輸速度，就讓客體系統降速（自動收斂，auto-converge）</translation>
    </message>
    <message>
        <source>Run it on the destination after the first pass; the rest of its memory follows (post-copy)</source>
        <translation>第一輪傳輸後即在目的地主機上執行，其餘記憶體隨後再傳輸（後複製，post-copy）</translation>
    </message>
    <message>
        <source>If either host or the link between them fails during post-copy, the guest is lost. Both hosts need QEMU with userfaultfd.</source>
        <translation>若在後複製期間任一主機或兩者之間的連線發生故障，客體系統將會遺失。兩台主機都需要支援 userfaultfd 的 QEMU。</translation>
    </message>
    <message>
        <source>Move even where libvirt cannot tell that the disks are shared (unsafe)</source>
        <translation>即使 libvirt 無法確認磁碟為共用，仍執行移轉（不安全）</translation>
    </message>
    <message>
        <source>Migration progress</source>
        <translation>移轉進度</translation>
    </message>
    <message>
        <source>Switch to Post-Copy</source>
        <translation>切換為後複製</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>移轉</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A destination host in the migrate dialog: %1 its name, %2 its connection URI</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The definition of %1 could not be read: %2</source>
        <translation>無法讀取 %1 的定義：%2</translation>
    </message>
    <message>
        <source>Both hosts need QEMU for this.</source>
        <translation>此功能需要兩台主機都使用 QEMU。</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>將複製：%1</translation>
    </message>
    <message>
        <source>Used where they are (both hosts must reach them): %1</source>
        <translation>就地使用（兩台主機都必須能存取）：%1</translation>
    </message>
    <message>
        <source>Its UEFI variables (NVRAM) stay on this host; the destination starts with fresh ones unless the file is there too.</source>
        <translation>其 UEFI 變數（NVRAM）會留在此主機上；除非目的地主機上也有該檔案，否則將以全新的變數啟動。</translation>
    </message>
    <message>
        <source>%1 cannot move while it runs: host devices are passed through to it (%2), and their state cannot move with it. Shut it down and move it offline, or remove the devices from it first.</source>
        <translation>%1 執行中時無法移轉：有主機裝置直通給它（%2），而這些裝置的狀態無法隨之移轉。請將它關機後進行離線移轉，或先移除這些裝置。</translation>
    </message>
    <message>
        <source>Preparing the move of %1 to %2…</source>
        <translation>正在準備將 %1 移轉至 %2…</translation>
    </message>
    <message>
        <source>Checking both hosts and preparing the disks on the destination…</source>
        <translation>正在檢查兩台主機，並在目的地主機上準備磁碟…</translation>
    </message>
    <message>
        <source>Copying the disks: %1 of %2.</source>
        <translation>正在複製磁碟：已複製 %1，共 %2。</translation>
    </message>
    <message>
        <source>Moving memory: %1 of %2 moved, %3 left.</source>
        <translation>正在移轉記憶體：已移轉 %1，共 %2，剩餘 %3。</translation>
    </message>
    <message>
        <source>Starting the move…</source>
        <translation>正在開始移轉…</translation>
    </message>
    <message>
        <source>Post-copy: %1 runs on the destination; %2 of its memory still follows. The move cannot be cancelled now.</source>
        <translation>後複製：%1 已在目的地主機上執行，仍有 %2 的記憶體尚待傳輸。現在已無法取消移轉。</translation>
    </message>
    <message>
        <source>Finishing on the destination…</source>
        <translation>正在目的地主機上完成移轉…</translation>
    </message>
    <message>
        <source>The guest changes %1 of memory a second; pass %2.</source>
        <extracomment>%1 is an amount of data such as &quot;12.5 MiB&quot;, %2 a number of passes</extracomment>
        <translation>客體系統每秒變更 %1 的記憶體；第 %2 輪。</translation>
    </message>
    <message>
        <source>Transfer rate: %1 a second.</source>
        <translation>傳輸速率：每秒 %1。</translation>
    </message>
    <message>
        <source>The move was cancelled. %1 is on this host, as it was.</source>
        <translation>已取消移轉。%1 仍維持原狀，留在此主機上。</translation>
    </message>
    <message>
        <source>%1 is now on the destination host.</source>
        <translation>%1 現已位於目的地主機上。</translation>
    </message>
    <message>
        <source>Storage pools made there: %1.</source>
        <translation>已在目的地主機上建立的儲存池：%1。</translation>
    </message>
    <message>
        <source>Its disk images stay on this host; delete them when it runs well there: %1</source>
        <translation>其磁碟映像檔仍保留在此主機上；確認它在目的地主機上正常執行後，即可將其刪除：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Cancelling the move of %1…</source>
        <translation>正在取消 %1 的移轉…</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>%1 can be moved only while it runs, is paused or is shut off. Start it or shut it down first.</source>
        <translation>%1 只有在執行中、已暫停或已關機時才能移轉。請先將它啟動或關機。</translation>
    </message>
    <message>
        <source>%1 cannot move while it runs: host devices are passed through to it (%2), and their state cannot move with it. Shut it down and move it offline, or remove the devices from it first.</source>
        <translation>%1 執行中時無法移轉：有主機裝置直通給它（%2），而這些裝置的狀態無法隨之移轉。請將它關機後進行離線移轉，或先移除這些裝置。</translation>
    </message>
    <message>
        <source>The source and the destination are the same host (host UUID %1). Choose a connection to another host.</source>
        <translation>來源與目的地是同一台主機（主機 UUID %1）。請選擇連至其他主機的連線。</translation>
    </message>
    <message>
        <source>The destination host already has a virtual machine named %1. Rename one of them first.</source>
        <translation>目的地主機上已有名為 %1 的虛擬機器。請先將其中一台重新命名。</translation>
    </message>
    <message>
        <source>The destination host already has a virtual machine with the UUID of %1 (%2).</source>
        <translation>目的地主機上已有與 %1 的 UUID 相同的虛擬機器（%2）。</translation>
    </message>
    <message>
        <source>The destination host has no storage pool for the folder %1, so the disks cannot be created there. Add the folder as a storage pool on that host, or let QVirt create one.</source>
        <translation>目的地主機上沒有對應資料夾 %1 的儲存池，因此無法在該處建立磁碟。請在該主機上將此資料夾新增為儲存池，或讓 QVirt 建立一個。</translation>
    </message>
    <message>
        <source>The destination host already has a file at %1. QVirt does not overwrite it: move or delete it there, or choose shared storage.</source>
        <translation>目的地主機上的 %1 已有檔案。QVirt 不會覆寫它：請在該主機上移動或刪除該檔案，或改選共用儲存空間。</translation>
    </message>
    <message>
        <source>The destination host made the disk at %1 instead of %2.</source>
        <translation>目的地主機將磁碟建立在 %1，而非 %2。</translation>
    </message>
    <message>
        <source>Copying only the top layer of %1 needs its backing file %2 on the destination host, and it is not there (in a storage pool). Copy the whole disks instead, or copy the backing file there first.</source>
        <translation>只複製 %1 的最上層時，目的地主機的儲存池中必須已有其後備檔案 %2，但該處找不到此檔案。請改為複製完整磁碟，或先將後備檔案複製過去。</translation>
    </message>
    <message>
        <source>%1 is in no storage pool on the source host, so libvirt cannot read it there. Add its folder as a storage pool on that host, or choose shared storage.</source>
        <translation>%1 不在來源主機的任何儲存池中，因此 libvirt 無法在該處讀取它。請在該主機上將其所在資料夾新增為儲存池，或改選共用儲存空間。</translation>
    </message>
    <message>
        <source>The move was cancelled.</source>
        <translation>已取消移轉。</translation>
    </message>
    <message>
        <source>The longest pause for %1 could not be set: %2</source>
        <translation>無法設定 %1 的最長暫停時間：%2</translation>
    </message>
    <message>
        <source>%1 could not be moved to %2: libvirt cannot tell that both hosts share its disks (%3). Copy the storage, or, if the disks really are shared, allow an unsafe move.</source>
        <translation>無法將 %1 移轉至 %2：libvirt 無法確認兩台主機共用其磁碟（%3）。請改為複製儲存空間；若磁碟確實是共用的，則請允許不安全的移轉。</translation>
    </message>
    <message>
        <source>%1 could not be moved to %2, and it still runs on the source host: %3</source>
        <translation>無法將 %1 移轉至 %2，它仍在來源主機上執行：%3</translation>
    </message>
    <message>
        <source>%1 could not be moved to %2, and it is still on the source host: %3</source>
        <translation>無法將 %1 移轉至 %2，它仍留在來源主機上：%3</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network and display</source>
        <translation>網路與顯示</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Display (VNC)</source>
        <translation>顯示（VNC）</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>連接至(&amp;C)：</translation>
    </message>
    <message>
        <source>Device &amp;model:</source>
        <translation>裝置型號(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation>MAC 位址(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>監聽位址(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Video:</source>
        <translation>顯示卡(&amp;V)：</translation>
    </message>
    <message>
        <source>Chosen by libvirt</source>
        <translation>由 libvirt 選擇</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <source>This host only (127.0.0.1; reach it through QVirt or an SSH tunnel)</source>
        <translation>僅限此主機（127.0.0.1；透過 QVirt 或 SSH 通道連線）</translation>
    </message>
    <message>
        <source>Every network interface of the host (0.0.0.0)</source>
        <translation>主機的所有網路介面（0.0.0.0）</translation>
    </message>
    <message>
        <source>&amp;Start this network now and whenever the host starts</source>
        <translation>立即啟動此網路，並在主機每次開機時啟動(&amp;S)</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>Virtual network %1 (%2)</source>
        <translation>虛擬網路 %1（%2）</translation>
    </message>
    <message>
        <source>Virtual network %1 (%2, inactive)</source>
        <translation>虛擬網路 %1（%2，未啟用）</translation>
    </message>
    <message>
        <source>Host bridge %1</source>
        <translation>主機橋接器 %1</translation>
    </message>
    <message>
        <source>Macvtap on %1 (the host itself cannot reach the VM)</source>
        <translation>%1 上的 Macvtap（主機本身無法連線到虛擬機器）</translation>
    </message>
    <message>
        <source>User-mode networking (no setup on the host; slower)</source>
        <translation>使用者模式網路（主機不需設定；速度較慢）</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>無網路</translation>
    </message>
    <message>
        <source>The network %1 is not running: the VM cannot start until it is.</source>
        <translation>網路 %1 未在執行：在它啟動之前，虛擬機器無法啟動。</translation>
    </message>
    <message>
        <source>Anyone who can reach the host can see and use this VM&apos;s screen. Set a password, or listen on this host only.</source>
        <translation>任何能連線到主機的人都能看到並操作此虛擬機器的畫面。請設定密碼，或僅在此主機上監聽。</translation>
    </message>
    <message>
        <source>The MAC address must be six pairs of hexadecimal digits, such as 52:54:00:12:34:56, or empty.</source>
        <translation>MAC 位址必須是六組十六進位數字（例如 52:54:00:12:34:56），或留空。</translation>
    </message>
</context>
<context>
    <name>Networks</name>
    <message>
        <source>The host&apos;s networks could not be listed.</source>
        <translation>無法列出主機的網路。</translation>
    </message>
    <message>
        <source>The network could not be defined.</source>
        <translation>無法定義網路。</translation>
    </message>
    <message>
        <source>The network %1 was defined but could not be started: %2</source>
        <translation>網路 %1 已定義，但無法啟動：%2</translation>
    </message>
    <message>
        <source>The network %1 was defined, but starting it with the host could not be set: %2</source>
        <translation>已定義網路 %1，但無法設定隨主機啟動：%2</translation>
    </message>
    <message>
        <source>The definition names the UUID %1, but this network&apos;s UUID is %2. Saving it would define a second network; put back the UUID %2.</source>
        <translation>定義中的 UUID 為 %1，但此網路的 UUID 是 %2。儲存後會定義出第二個網路；請將 UUID 改回 %2。</translation>
    </message>
    <message>
        <source>The definition names the network &quot;%1&quot;, but it is called &quot;%2&quot;. A network cannot be renamed through its definition: put back the name &quot;%2&quot;, or make a new network.</source>
        <translation>定義中的網路名稱為「%1」，但此網路名為「%2」。網路無法透過其定義重新命名：請將名稱改回「%2」，或建立新的網路。</translation>
    </message>
    <message>
        <source>This host&apos;s libvirt does not report its interfaces: %1</source>
        <translation>此主機的 libvirt 未回報其介面：%1</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>Isolated</source>
        <extracomment>Forward mode of a virtual network: no forwarding, guests and host only</extracomment>
        <translation>隔離</translation>
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
        <translation>開放</translation>
    </message>
    <message>
        <source>Bridged</source>
        <extracomment>Forward mode of a virtual network: guests on an existing host bridge</extracomment>
        <translation>橋接</translation>
    </message>
    <message>
        <source>SR-IOV pool</source>
        <extracomment>Forward mode of a virtual network: a pool of SR-IOV virtual functions</extracomment>
        <translation>SR-IOV 池</translation>
    </message>
    <message>
        <source>The host&apos;s virtual networks could not be listed: %1</source>
        <translation>無法列出主機的虛擬網路：%1</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>State of a virtual network</extracomment>
        <translation>作用中</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非作用中</translation>
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
        <translation>連線已關閉。</translation>
    </message>
    <message>
        <source>No network is selected.</source>
        <translation>未選取任何網路。</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Starts with the host:</source>
        <translation>隨主機啟動：</translation>
    </message>
    <message>
        <source>Persistent:</source>
        <extracomment>Row label: whether the network has a persistent definition</extracomment>
        <translation>持續性：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Bridge:</source>
        <translation>橋接器：</translation>
    </message>
    <message>
        <source>IPv4 address:</source>
        <translation>IPv4 位址：</translation>
    </message>
    <message>
        <source>DHCP range:</source>
        <translation>DHCP 範圍：</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Forward device:</source>
        <translation>轉送裝置：</translation>
    </message>
    <message>
        <source>Physical function:</source>
        <translation>實體功能：</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID：</translation>
    </message>
    <message>
        <source>DHCP leases (the network is not running)</source>
        <translation>DHCP 租約（網路未在執行）</translation>
    </message>
    <message>
        <source>&amp;DHCP leases</source>
        <translation>DHCP 租約(&amp;D)</translation>
    </message>
    <message>
        <source>The DHCP leases of %1 could not be read: %2</source>
        <translation>無法讀取 %1 的 DHCP 租約：%2</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Expiry of a DHCP lease that never expires</extracomment>
        <translation>永不</translation>
    </message>
    <message>
        <source>&amp;DHCP leases: none</source>
        <translation>DHCP 租約(&amp;D)：無</translation>
    </message>
    <message>
        <source>Virtual Networks</source>
        <translation>虛擬網路</translation>
    </message>
    <message>
        <source>Check the network&apos;s definition on its XML tab and the host&apos;s libvirt log.</source>
        <translation>請檢查網路「XML」分頁中的定義，以及主機的 libvirt 記錄檔。</translation>
    </message>
    <message>
        <source>The network %1 could not be started.</source>
        <translation>無法啟動網路 %1。</translation>
    </message>
    <message>
        <source>Stop Network</source>
        <translation>停止網路</translation>
    </message>
    <message>
        <source>Stop the network %1? Running VMs on it lose their connection until it is started again.</source>
        <translation>要停止網路 %1 嗎？使用此網路的執行中虛擬機器將會斷線，直到網路重新啟動為止。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>The network %1 could not be stopped.</source>
        <translation>無法停止網路 %1。</translation>
    </message>
    <message>
        <source>Delete the network %1? It is stopped and its definition removed; this cannot be undone.</source>
        <translation>要刪除網路 %1 嗎？網路將會停止並移除其定義；此操作無法復原。</translation>
    </message>
    <message>
        <source>Delete the network %1? These VMs have an interface on it and will not start until they are moved to another network: %2. It is stopped and its definition removed; this cannot be undone.</source>
        <translation>要刪除網路 %1 嗎？下列虛擬機器有介面連接至此網路，在移至其他網路之前將無法啟動：%2。網路將會停止並移除其定義；此操作無法復原。</translation>
    </message>
    <message>
        <source>Delete Network</source>
        <translation>刪除網路</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>The network %1 could not be deleted.</source>
        <translation>無法刪除網路 %1。</translation>
    </message>
    <message>
        <source>The network %1 could not be set to start with the host.</source>
        <translation>無法將網路 %1 設為隨主機啟動。</translation>
    </message>
    <message>
        <source>The network %1 could not be kept from starting with the host.</source>
        <translation>無法取消網路 %1 隨主機啟動。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Autostart</source>
        <extracomment>Column: starts with the host</extracomment>
        <translation>自動啟動</translation>
    </message>
    <message>
        <source>Persistent</source>
        <extracomment>Column: has a persistent definition</extracomment>
        <translation>持續性</translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>Column: forward mode</extracomment>
        <translation>模式</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>橋接器</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4 位址</translation>
    </message>
    <message>
        <source>DHCP range</source>
        <translation>DHCP 範圍</translation>
    </message>
    <message>
        <source>Forward device</source>
        <extracomment>Column: the host NIC a network forwards to</extracomment>
        <translation>轉送裝置</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 位址</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 位址</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主機名稱</translation>
    </message>
    <message>
        <source>Expires</source>
        <extracomment>Column: when a DHCP lease expires</extracomment>
        <translation>到期時間</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <extracomment>Button: start the selected virtual network</extracomment>
        <translation>啟動(&amp;T)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <extracomment>Button: stop the selected virtual network</extracomment>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>Start with the &amp;host</source>
        <translation>隨主機啟動(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Virtual networks</source>
        <translation>虛擬網路</translation>
    </message>
    <message>
        <source>DHCP leases</source>
        <translation>DHCP 租約</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Tab of the virtual network details</extracomment>
        <translation>詳細資料</translation>
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
        <translation>以 DHCP 分配位址(&amp;D)</translation>
    </message>
    <message>
        <source>Start the network &amp;now</source>
        <translation>立即啟動網路(&amp;N)</translation>
    </message>
    <message>
        <source>Start the network &amp;with the host</source>
        <translation>隨主機啟動網路(&amp;W)</translation>
    </message>
    <message>
        <source>New Virtual Network</source>
        <translation>新增虛擬網路</translation>
    </message>
    <message>
        <source>automatic (virbrN)</source>
        <extracomment>Placeholder of the bridge name field: libvirt picks a free virbrN when it is left empty</extracomment>
        <translation>自動（virbrN）</translation>
    </message>
    <message>
        <source>IPv4 network address</source>
        <translation>IPv4 網路位址</translation>
    </message>
    <message>
        <source>IPv4 prefix length</source>
        <translation>IPv4 前置長度</translation>
    </message>
    <message>
        <source>First address handed out by DHCP</source>
        <translation>DHCP 分配的第一個位址</translation>
    </message>
    <message>
        <source>Last address handed out by DHCP</source>
        <translation>DHCP 分配的最後一個位址</translation>
    </message>
    <message>
        <source>NAT (guests reach the outside through the host&apos;s address)</source>
        <extracomment>Network mode: guests reach outside through the host&apos;s address (masquerading)</extracomment>
        <translation>NAT（客體系統透過主機的位址連至外部）</translation>
    </message>
    <message>
        <source>Routed (the host routes the guests&apos; own addresses)</source>
        <translation>路由（由主機路由客體系統自己的位址）</translation>
    </message>
    <message>
        <source>Isolated (guests and the host only)</source>
        <translation>隔離（僅限客體系統與主機）</translation>
    </message>
    <message>
        <source>Open (routed, without firewall rules from libvirt)</source>
        <translation>開放（路由，不套用 libvirt 的防火牆規則）</translation>
    </message>
    <message>
        <source>Bridged to an existing host bridge</source>
        <translation>橋接至現有的主機橋接器</translation>
    </message>
    <message>
        <source>SR-IOV pool of virtual functions</source>
        <translation>虛擬功能的 SR-IOV 池</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Bridge name:</source>
        <translation>橋接器名稱(&amp;B)：</translation>
    </message>
    <message>
        <source>Host &amp;bridge:</source>
        <translation>主機橋接器(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Forward to:</source>
        <extracomment>The host NIC NAT or routed traffic leaves by</extracomment>
        <translation>轉送至(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Physical function:</source>
        <extracomment>The SR-IOV physical function whose virtual functions make the pool</extracomment>
        <translation>實體功能(&amp;P)：</translation>
    </message>
    <message>
        <source>IPv4 &amp;network:</source>
        <translation>IPv4 網路(&amp;N)：</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the first and last address of a DHCP range</extracomment>
        <translation>至</translation>
    </message>
    <message>
        <source>DHCP range:</source>
        <translation>DHCP 範圍：</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>建立(&amp;C)</translation>
    </message>
    <message>
        <source>Any interface</source>
        <translation>任何介面</translation>
    </message>
    <message>
        <source>%1 (%2 virtual functions)</source>
        <extracomment>%1 an interface name, %2 how many virtual functions it has</extracomment>
        <translation>%1（%2 個虛擬功能）</translation>
    </message>
    <message>
        <source>Give the network a name.</source>
        <translation>請為網路命名。</translation>
    </message>
    <message>
        <source>A network called &quot;%1&quot; exists already; choose another name.</source>
        <translation>已有名為「%1」的網路；請選擇其他名稱。</translation>
    </message>
    <message>
        <source>Choose the host bridge the network puts guests on. The Interfaces page shows how to make one.</source>
        <translation>請選擇此網路要讓客體系統連接的主機橋接器。「介面」頁面說明了如何建立橋接器。</translation>
    </message>
    <message>
        <source>Choose or type the SR-IOV network card (physical function) whose virtual functions make the pool.</source>
        <translation>請選擇或輸入 SR-IOV 網路卡（實體功能），以其虛擬功能組成此池。</translation>
    </message>
    <message>
        <source>Type an IPv4 network such as 192.168.100.0 with its prefix length.</source>
        <translation>請輸入 IPv4 網路（例如 192.168.100.0）及其前置長度。</translation>
    </message>
    <message>
        <source>The network %1/%2 overlaps the network &quot;%3&quot; (%4/%5); guests could not reach both. Choose another network.</source>
        <extracomment>%1/%2 the new network, %3 the other network&apos;s name, %4/%5 its address and prefix</extracomment>
        <translation>網路 %1/%2 與網路「%3」（%4/%5）重疊；客體系統將無法同時連到兩者。請選擇其他網路。</translation>
    </message>
    <message>
        <source>The network %1/%2 overlaps the host&apos;s address %3 on %4. Choose another network.</source>
        <translation>網路 %1/%2 與主機在 %4 上的位址 %3 重疊。請選擇其他網路。</translation>
    </message>
    <message>
        <source>The DHCP range must be two addresses of the network %1/%2, the first not after the last.</source>
        <translation>DHCP 範圍必須是網路 %1/%2 中的兩個位址，且第一個位址不得在最後一個位址之後。</translation>
    </message>
    <message>
        <source>The network %1/%2 overlaps no other network of this host.</source>
        <translation>網路 %1/%2 未與此主機的其他網路重疊。</translation>
    </message>
    <message>
        <source>The network %1 could not be made.</source>
        <translation>無法建立網路 %1。</translation>
    </message>
    <message>
        <source>Check the fields (a bridge name in use, a subnet taken) and try again.</source>
        <translation>請檢查各欄位（橋接器名稱是否已被使用、子網路是否已被佔用）後再試一次。</translation>
    </message>
</context>
<context>
    <name>NewPoolDialog</name>
    <message>
        <source>Start the pool now</source>
        <translation>立即啟動儲存池</translation>
    </message>
    <message>
        <source>Start the pool with the host</source>
        <translation>隨主機啟動儲存池</translation>
    </message>
    <message>
        <source>New Storage Pool</source>
        <translation>新增儲存池</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>server.example.com</source>
        <extracomment>Placeholder: the name or address of an NFS or iSCSI server</extracomment>
        <translation>server.example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <source>Target &amp;path:</source>
        <translation>目標路徑(&amp;P)：</translation>
    </message>
    <message>
        <source>Source &amp;host:</source>
        <extracomment>Field of a network pool: the server that exports the storage</extracomment>
        <translation>來源主機(&amp;H)：</translation>
    </message>
    <message>
        <source>Source &amp;folder:</source>
        <extracomment>Field of a netfs pool: the exported folder on the server</extracomment>
        <translation>來源資料夾(&amp;F)：</translation>
    </message>
    <message>
        <source>Source &amp;device:</source>
        <extracomment>Field of a pool: the block device (or iSCSI target IQN) that holds it</extracomment>
        <translation>來源裝置(&amp;D)：</translation>
    </message>
    <message>
        <source>Source na&amp;me:</source>
        <extracomment>Field of a logical pool: the volume group; of rbd/gluster: the pool or volume name</extracomment>
        <translation>來源名稱(&amp;M)：</translation>
    </message>
    <message>
        <source>Source f&amp;ormat:</source>
        <extracomment>Field of fs/netfs/disk pools: the file system or partition table format</extracomment>
        <translation>來源格式(&amp;O)：</translation>
    </message>
    <message>
        <source>iqn.2024-01.com.example:target</source>
        <extracomment>Placeholder of the source device field of an iSCSI pool</extracomment>
        <translation>iqn.2024-01.com.example:target</translation>
    </message>
    <message>
        <source>Give the pool a name.</source>
        <translation>請為儲存池命名。</translation>
    </message>
    <message>
        <source>Give the folder on the host where the pool&apos;s volumes are kept, as an absolute path.</source>
        <translation>請以絕對路徑指定主機上存放此儲存池磁碟區的資料夾。</translation>
    </message>
    <message>
        <source>Give the server that holds the storage.</source>
        <translation>請指定存放儲存空間的伺服器。</translation>
    </message>
    <message>
        <source>Give the folder the server exports.</source>
        <translation>請指定伺服器匯出的資料夾。</translation>
    </message>
    <message>
        <source>Give the block device that holds the file system.</source>
        <translation>請指定存放檔案系統的區塊裝置。</translation>
    </message>
    <message>
        <source>Give the volume group&apos;s name, or a device to make it on.</source>
        <translation>請指定磁碟區群組的名稱，或用來建立它的裝置。</translation>
    </message>
</context>
<context>
    <name>NewVmWizard</name>
    <message>
        <source>New VM on %1</source>
        <translation>在 %1 上新增虛擬機器</translation>
    </message>
    <message>
        <source>New VM</source>
        <translation>新增虛擬機器</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>建立(&amp;C)</translation>
    </message>
    <message>
        <source>The VM could not be created.</source>
        <translation>無法建立虛擬機器。</translation>
    </message>
    <message>
        <source>QVirt does not know where the installer&apos;s kernel is in the tree %1.</source>
        <translation>QVirt 不知道安裝程式的核心位於安裝樹 %1 中的何處。</translation>
    </message>
    <message>
        <source>Let QVirt detect the operating system from the tree (check the URL), or install from an ISO image.</source>
        <translation>請讓 QVirt 從安裝樹偵測作業系統（檢查 URL），或改從 ISO 映像檔安裝。</translation>
    </message>
    <message>
        <source>Downloading the installer&apos;s kernel…</source>
        <translation>正在下載安裝程式的核心…</translation>
    </message>
    <message>
        <source>The installer&apos;s kernel could not be downloaded.</source>
        <translation>無法下載安裝程式的核心。</translation>
    </message>
    <message>
        <source>Check the URL and that this computer can reach it.</source>
        <translation>請檢查 URL，並確認這台電腦能連線到該位址。</translation>
    </message>
    <message>
        <source>A network install needs a storage pool on the host to hold the installer&apos;s kernel, and this host has none.</source>
        <translation>網路安裝需要主機上有儲存池來存放安裝程式的核心，但此主機沒有任何儲存池。</translation>
    </message>
    <message>
        <source>Create the default pool on the Storage page, then try again.</source>
        <translation>請在「儲存」頁面上建立 default 儲存池，然後再試一次。</translation>
    </message>
    <message>
        <source>Creating the VM…</source>
        <translation>正在建立虛擬機器…</translation>
    </message>
    <message>
        <source>Your choices are kept: change what the message names and press Create again.</source>
        <translation>您的選擇已保留：請修正訊息中提到的項目，然後再按一次「建立」。</translation>
    </message>
    <message>
        <source>The VM %1 was created but could not be started.</source>
        <translation>已建立虛擬機器 %1，但無法啟動。</translation>
    </message>
    <message>
        <source>The VM %1 was created and its disk %2 is kept, but the VM could not be started.</source>
        <translation>已建立虛擬機器 %1 並保留其磁碟 %2，但無法啟動虛擬機器。</translation>
    </message>
    <message>
        <source>Fix what the message names (in the VM&apos;s Hardware page if needed) and start the VM from the list.</source>
        <translation>請修正訊息中提到的項目（必要時在虛擬機器的「硬體」頁面中修正），然後從清單中啟動虛擬機器。</translation>
    </message>
    <message>
        <source>The network %1 could not be started.</source>
        <translation>無法啟動網路 %1。</translation>
    </message>
    <message>
        <source>Choose another network, or start this one from the host&apos;s settings.</source>
        <translation>請選擇其他網路，或從主機設定中啟動此網路。</translation>
    </message>
</context>
<context>
    <name>NewVolumeDialog</name>
    <message>
        <source>Create it as an overlay on an existing volume</source>
        <translation>建立為現有磁碟區上的覆蓋檔案</translation>
    </message>
    <message>
        <source>New Volume in %1</source>
        <translation>在 %1 中新增磁碟區</translation>
    </message>
    <message>
        <source>Backing volume</source>
        <translation>後備磁碟區</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
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
        <translation>名稱(&amp;N)：</translation>
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
        <translation>請為磁碟區命名。</translation>
    </message>
    <message>
        <source>A volume&apos;s name cannot contain &quot;/&quot;.</source>
        <translation>磁碟區名稱不能包含「/」。</translation>
    </message>
    <message>
        <source>The pool already has a volume named %1.</source>
        <translation>此儲存池中已有名為 %1 的磁碟區。</translation>
    </message>
    <message>
        <source>The pool has %1 free: the volume can be made, but the guest cannot fill it.</source>
        <translation>此儲存池只剩 %1 可用空間：可以建立此磁碟區，但客體系統無法將其填滿。</translation>
    </message>
</context>
<context>
    <name>NicForm</name>
    <message>
        <source>Connection:</source>
        <translation>連線方式：</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>虛擬網路</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>主機橋接器</translation>
    </message>
    <message>
        <source>Host interface (macvtap)</source>
        <translation>主機介面（macvtap）</translation>
    </message>
    <message>
        <source>User mode (no host setup)</source>
        <translation>使用者模式（主機不需設定）</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>來源：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>型號：</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC 位址：</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>連結：</translation>
    </message>
    <message>
        <source>Connected (the guest sees a cable plugged in)</source>
        <translation>已連接（客體系統會看到網路線已插上）</translation>
    </message>
    <message>
        <source>Enter the network, bridge or host interface the network interface connects to.</source>
        <translation>請輸入此網路介面要連接的網路、橋接器或主機介面。</translation>
    </message>
    <message>
        <source>Change the network interface %1.</source>
        <translation>變更網路介面 %1。</translation>
    </message>
</context>
<context>
    <name>NodeDevices</name>
    <message>
        <source>The host has no device %1.</source>
        <translation>主機上沒有裝置 %1。</translation>
    </message>
    <message>
        <source>%1 could not be bound to vfio-pci: %2
Make sure the vfio-pci module is loaded and no host program uses the device; a graphics card that shows the host&apos;s console must first be freed from its display driver.</source>
        <translation>無法將 %1 綁定至 vfio-pci：%2
請確認 vfio-pci 模組已載入，且沒有主機程式正在使用此裝置；用於顯示主機主控台的顯示卡必須先從其顯示驅動程式中釋放。</translation>
    </message>
    <message>
        <source>%1 could not be given back to its host driver: %2
A running VM that uses it must be shut down first.</source>
        <translation>無法將 %1 歸還給其主機驅動程式：%2
必須先將正在使用它的虛擬機器關機。</translation>
    </message>
    <message>
        <source>The device could not be created.</source>
        <translation>無法建立裝置。</translation>
    </message>
    <message>
        <source>The device %1 could not be removed.</source>
        <translation>無法移除裝置 %1。</translation>
    </message>
</context>
<context>
    <name>OfflineMerge</name>
    <message>
        <source>qemu-img could not be started. Install the qemu-utils package on this host.</source>
        <translation>無法啟動 qemu-img。請在此主機上安裝 qemu-utils 套件。</translation>
    </message>
    <message>
        <source>qemu-img did not finish within six hours and was stopped.</source>
        <translation>qemu-img 在六小時內未完成，已被停止。</translation>
    </message>
    <message>
        <source>qemu-img failed: %1</source>
        <extracomment>%1 is qemu-img&apos;s own error message (English), e.g. &quot;Could not open &apos;base.qcow2&apos;: Permission denied&quot;</extracomment>
        <translation>qemu-img 執行失敗：%1</translation>
    </message>
    <message>
        <source>This layer has no image below it to merge into.</source>
        <translation>此層下方沒有可供合併的映像檔。</translation>
    </message>
    <message>
        <source>The images were merged, but %1 could not be deleted: %2</source>
        <translation>映像檔已合併，但無法刪除 %1：%2</translation>
    </message>
    <message>
        <source>There is no backing image to pull into the active layer.</source>
        <translation>沒有可拉取至作用中層的後備映像檔。</translation>
    </message>
</context>
<context>
    <name>OsDatabase</name>
    <message>
        <source>Unknown operating system</source>
        <translation>未知的作業系統</translation>
    </message>
    <message numerus="yes">
        <source>Reading the ISO image %1 took longer than %n second(s). Check that the disk holding it answers, or choose the operating system from the list.</source>
        <translation>
            <numerusform>讀取 ISO 映像檔 %1 的時間超過 %n 秒。請檢查存放該映像檔的磁碟是否有回應，或從清單中選擇作業系統。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ISO image %1 does not exist. Choose an existing image or the operating system from the list.</source>
        <translation>ISO 映像檔 %1 不存在。請選擇現有的映像檔，或從清單中選擇作業系統。</translation>
    </message>
    <message>
        <source>The operating system database (osinfo-db) could not be loaded. Install the osinfo-db package, or choose the operating system from the list.</source>
        <translation>無法載入作業系統資料庫（osinfo-db）。請安裝 osinfo-db 套件，或從清單中選擇作業系統。</translation>
    </message>
    <message>
        <source>QVirt could not read %1 as an ISO image: %2. Check that the file is a complete CD or DVD image, or choose the operating system from the list.</source>
        <translation>QVirt 無法將 %1 當作 ISO 映像檔讀取：%2。請確認該檔案是完整的 CD 或 DVD 映像檔，或從清單中選擇作業系統。</translation>
    </message>
    <message>
        <source>The ISO image %1 was not recognised as any operating system QVirt knows. Choose the operating system from the list.</source>
        <translation>ISO 映像檔 %1 無法辨識為 QVirt 已知的任何作業系統。請從清單中選擇作業系統。</translation>
    </message>
    <message numerus="yes">
        <source>Reading the install tree at %1 took longer than %n second(s). Check the address and the network, or choose the operating system from the list.</source>
        <translation>
            <numerusform>讀取位於 %1 的安裝樹時間超過 %n 秒。請檢查位址與網路，或從清單中選擇作業系統。</numerusform>
        </translation>
    </message>
    <message>
        <source>QVirt could not read the install tree at %1: %2. Check the address; trees without a .treeinfo file (Debian, Ubuntu) are not recognised, so choose the operating system from the list for them.</source>
        <translation>QVirt 無法讀取位於 %1 的安裝樹：%2。請檢查位址；沒有 .treeinfo 檔案的安裝樹（Debian、Ubuntu）無法辨識，請從清單中選擇其作業系統。</translation>
    </message>
    <message>
        <source>The install tree at %1 was not recognised as any operating system QVirt knows. Choose the operating system from the list.</source>
        <translation>位於 %1 的安裝樹無法辨識為 QVirt 已知的任何作業系統。請從清單中選擇作業系統。</translation>
    </message>
</context>
<context>
    <name>OverviewForm</name>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>標題：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Machine type:</source>
        <translation>機器類型：</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>韌體：</translation>
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
        <translation>直通 PCI 裝置時無法進行即時移轉：這些裝置無法隨虛擬機器移轉至其他主機。請先將虛擬機器關機再移轉，或先移除這些裝置。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host devi&amp;ces passed through&lt;/b&gt;</source>
        <translation>&lt;b&gt;直通的主機裝置(&amp;C)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>Column header of the VM&apos;s passed-through host devices</extracomment>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Host address</source>
        <translation>主機位址</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Add &amp;PCI Device…</source>
        <translation>新增 PCI 裝置(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;SR-IOV Function…</source>
        <translation>新增 SR-IOV 功能(&amp;S)…</translation>
    </message>
    <message>
        <source>Add &amp;USB Device…</source>
        <translation>新增 USB 裝置(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <extracomment>Button: detach the selected host device from the VM; the device stays on the host (this does not delete anything)</extracomment>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guest settings for passthrough&lt;/b&gt;</source>
        <translation>&lt;b&gt;用於直通的客體系統設定&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Hide the hypervisor from the guest (fixes NVIDIA error 43)</source>
        <translation>對客體系統隱藏虛擬機器管理程式（解決 NVIDIA 錯誤 43）(&amp;H)</translation>
    </message>
    <message>
        <source>Adds &lt;kvm&gt;&lt;hidden state=&apos;on&apos;/&gt;&lt;/kvm&gt; and a Hyper-V vendor id, so the NVIDIA driver in the guest does not see that it runs in a VM.</source>
        <translation>加入 &lt;kvm&gt;&lt;hidden state=&apos;on&apos;/&gt;&lt;/kvm&gt; 與 Hyper-V 廠商 ID，讓客體系統中的 NVIDIA 驅動程式察覺不到自己在虛擬機器中執行。</translation>
    </message>
    <message>
        <source>Hyper-V &amp;vendor id:</source>
        <translation>Hyper-V 廠商 ID(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>韌體(&amp;F)：</translation>
    </message>
    <message>
        <source>BIOS (SeaBIOS)</source>
        <translation>BIOS（SeaBIOS）</translation>
    </message>
    <message>
        <source>UEFI (OVMF), which most passed-through graphics cards need</source>
        <translation>UEFI（OVMF），大多數直通的顯示卡都需要</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <extracomment>Button: save the passthrough settings to the VM&apos;s configuration</extracomment>
        <translation>套用(&amp;A)</translation>
    </message>
    <message>
        <source>USB device</source>
        <translation>USB 裝置</translation>
    </message>
    <message>
        <source>PCI device</source>
        <translation>PCI 裝置</translation>
    </message>
    <message>
        <source>bus %1 device %2</source>
        <translation>匯流排 %1 裝置 %2</translation>
    </message>
    <message>
        <source>USB</source>
        <extracomment>Details column of a passed-through USB device</extracomment>
        <translation>USB</translation>
    </message>
    <message>
        <source>network interface, MAC %1</source>
        <translation>網路介面，MAC %1</translation>
    </message>
    <message>
        <source>chosen by libvirt</source>
        <extracomment>Stands for the MAC address when libvirt picks one</extracomment>
        <translation>由 libvirt 選擇</translation>
    </message>
    <message>
        <source>PCI, managed by libvirt</source>
        <translation>PCI，由 libvirt 管理</translation>
    </message>
    <message>
        <source>PCI, bound to vfio-pci by hand</source>
        <translation>PCI，已手動綁定至 vfio-pci</translation>
    </message>
    <message>
        <source>No host devices. Add a PCI device (a graphics card, a network card) or a USB device to pass it through.</source>
        <translation>沒有主機裝置。新增 PCI 裝置（如顯示卡、網路卡）或 USB 裝置即可將其直通。</translation>
    </message>
    <message>
        <source>Changes here apply the next time the VM starts.</source>
        <translation>此處的變更將在虛擬機器下次啟動時生效。</translation>
    </message>
    <message>
        <source>Passthrough Settings</source>
        <translation>直通設定</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>無法儲存設定。</translation>
    </message>
    <message>
        <source>Your choices are still on the page; correct them and apply again.</source>
        <translation>您的選擇仍保留在頁面上；請修正後再次套用。</translation>
    </message>
    <message>
        <source>Remove Host Device</source>
        <extracomment>Detach a host device from the VM; the device stays on the host (nothing is deleted)</extracomment>
        <translation>移除主機裝置</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the VM? It stays on the host.</source>
        <translation>要從虛擬機器移除 %1（%2）嗎？此裝置仍會保留在主機上。</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Confirmation button: detach the host device from the VM (nothing is deleted)</extracomment>
        <translation>移除</translation>
    </message>
    <message>
        <source>The device could not be removed.</source>
        <translation>無法移除此裝置。</translation>
    </message>
    <message>
        <source>Host devices passed through</source>
        <translation>直通的主機裝置</translation>
    </message>
    <message>
        <source>SR-IOV virtual function from a pool network</source>
        <translation>來自池網路的 SR-IOV 虛擬功能</translation>
    </message>
    <message>
        <source>network %1</source>
        <extracomment>Address column of an SR-IOV function taken from a pool network; %1 is the network name</extracomment>
        <translation>網路 %1</translation>
    </message>
</context>
<context>
    <name>PassthroughReadiness</name>
    <message>
        <source>IOMMU enabled</source>
        <extracomment>Title of a passthrough readiness check (shown with Ready / Needs fixing)</extracomment>
        <translation>IOMMU 已啟用</translation>
    </message>
    <message numerus="yes">
        <source>%n IOMMU group(s) present.</source>
        <translation>
            <numerusform>有 %n 個 IOMMU 群組。</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel command line turns the IOMMU on, but there are no IOMMU groups: VT-d or AMD-Vi may be off in the firmware.</source>
        <translation>核心命令列已啟用 IOMMU，但沒有任何 IOMMU 群組：韌體中可能關閉了 VT-d 或 AMD-Vi。</translation>
    </message>
    <message>
        <source>There are no IOMMU groups and the kernel command line has neither intel_iommu=on nor amd_iommu=on.</source>
        <translation>沒有任何 IOMMU 群組，且核心命令列中既沒有 intel_iommu=on 也沒有 amd_iommu=on。</translation>
    </message>
    <message>
        <source>Enable VT-d (Intel) or AMD-Vi in the firmware, add intel_iommu=on (or amd_iommu=on) to GRUB_CMDLINE_LINUX in /etc/default/grub, regenerate the GRUB configuration (grub2-mkconfig -o … or update-grub) and reboot.</source>
        <translation>請在韌體中啟用 VT-d（Intel）或 AMD-Vi，在 /etc/default/grub 的 GRUB_CMDLINE_LINUX 中加入 intel_iommu=on（或 amd_iommu=on），重新產生 GRUB 設定（grub2-mkconfig -o … 或 update-grub），然後重新開機。</translation>
    </message>
    <message>
        <source>vfio-pci available</source>
        <extracomment>Title of a passthrough readiness check (shown with Ready / Needs fixing)</extracomment>
        <translation>vfio-pci 可用</translation>
    </message>
    <message>
        <source>The vfio-pci driver is loaded.</source>
        <translation>vfio-pci 驅動程式已載入。</translation>
    </message>
    <message>
        <source>The vfio-pci driver is not loaded.</source>
        <translation>vfio-pci 驅動程式未載入。</translation>
    </message>
    <message>
        <source>Load it with modprobe vfio-pci, and list it in /etc/modules-load.d/ so it loads at boot. libvirt also loads it when it detaches a device.</source>
        <translation>請使用 modprobe vfio-pci 載入此驅動程式，並將其列入 /etc/modules-load.d/ 以便開機時自動載入。libvirt 在分離裝置時也會載入它。</translation>
    </message>
    <message>
        <source>Graphics cards free of host display drivers</source>
        <translation>顯示卡未被主機顯示驅動程式佔用</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a graphics card, %2 the host display driver that holds it</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Held by a host display driver: %1.</source>
        <translation>被主機顯示驅動程式佔用：%1。</translation>
    </message>
    <message>
        <source>Keep the host&apos;s driver off the card: blacklist it (for nouveau: &quot;blacklist nouveau&quot; and &quot;options nouveau modeset=0&quot; in /etc/modprobe.d/), rebuild the initramfs (dracut -f, or update-initramfs -u) and reboot; then bind the card to vfio-pci.</source>
        <translation>請避免主機驅動程式接管此顯示卡：將其列入黑名單（若為 nouveau：在 /etc/modprobe.d/ 中寫入「blacklist nouveau」與「options nouveau modeset=0」），重新產生 initramfs（dracut -f 或 update-initramfs -u）並重新開機；然後將顯示卡綁定至 vfio-pci。</translation>
    </message>
    <message numerus="yes">
        <source>%n graphics card(s), none held by a host display driver.</source>
        <translation>
            <numerusform>%n 張顯示卡，未被主機顯示驅動程式佔用。</numerusform>
        </translation>
    </message>
    <message>
        <source>No graphics cards found.</source>
        <translation>找不到顯示卡。</translation>
    </message>
    <message>
        <source>Interrupt remapping</source>
        <extracomment>Title of a passthrough readiness check (shown with Ready / Needs fixing)</extracomment>
        <translation>中斷重新對應</translation>
    </message>
    <message>
        <source>The kernel command line turns it off (intremap=off).</source>
        <translation>核心命令列將其關閉了（intremap=off）。</translation>
    </message>
    <message>
        <source>Remove intremap=off from the kernel command line and reboot.</source>
        <translation>請從核心命令列中移除 intremap=off，然後重新開機。</translation>
    </message>
    <message>
        <source>AMD-Vi remaps interrupts.</source>
        <translation>AMD-Vi 會對中斷進行重新對應。</translation>
    </message>
    <message>
        <source>Every VT-d unit supports it.</source>
        <translation>所有 VT-d 單元皆支援此功能。</translation>
    </message>
    <message>
        <source>A VT-d unit lacks it.</source>
        <translation>有 VT-d 單元不支援此功能。</translation>
    </message>
    <message>
        <source>Passthrough may still work with vfio_iommu_type1 allow_unsafe_interrupts=1, at the cost of isolation; a newer platform is the real fix.</source>
        <translation>使用 vfio_iommu_type1 allow_unsafe_interrupts=1 時，直通可能仍可運作，但會犧牲隔離性；真正的解決方法是換用較新的平台。</translation>
    </message>
    <message>
        <source>Could not be checked: no IOMMU units are listed.</source>
        <translation>無法檢查：未列出任何 IOMMU 單元。</translation>
    </message>
    <message>
        <source>Could not be checked remotely: %1</source>
        <translation>無法遠端檢查：%1</translation>
    </message>
    <message>
        <source>libvirt lists no PCI devices.</source>
        <translation>libvirt 未列出任何 PCI 裝置。</translation>
    </message>
    <message numerus="yes">
        <source>libvirt lists %n PCI device(s), none of them in an IOMMU group.</source>
        <translation>
            <numerusform>libvirt 列出了 %n 個 PCI 裝置，其中沒有任何裝置屬於 IOMMU 群組。</numerusform>
        </translation>
    </message>
    <message>
        <source>On the host, run dmesg | grep -e DMAR -e IOMMU, and ls /sys/kernel/iommu_groups: numbered groups there mean the IOMMU is on.</source>
        <translation>請在主機上執行 dmesg | grep -e DMAR -e IOMMU 與 ls /sys/kernel/iommu_groups：若後者列出了編號的群組，表示 IOMMU 已啟用。</translation>
    </message>
    <message>
        <source>libvirt did not report which host devices it supports.</source>
        <translation>libvirt 未回報其支援哪些主機裝置。</translation>
    </message>
    <message>
        <source>On the host, run lsmod | grep vfio: vfio_pci in the list means the driver is loaded.</source>
        <translation>請在主機上執行 lsmod | grep vfio：若清單中有 vfio_pci，表示驅動程式已載入。</translation>
    </message>
    <message>
        <source>libvirt on this host does not support host devices.</source>
        <translation>此主機上的 libvirt 不支援主機裝置。</translation>
    </message>
    <message>
        <source>Install QEMU/KVM and libvirt&apos;s QEMU driver on the host (on Debian: qemu-system-x86 and libvirt-daemon-system).</source>
        <translation>請在主機上安裝 QEMU/KVM 與 libvirt 的 QEMU 驅動程式（在 Debian 上為 qemu-system-x86 與 libvirt-daemon-system）。</translation>
    </message>
    <message>
        <source>libvirt can pass PCI devices through with VFIO.</source>
        <translation>libvirt 可以透過 VFIO 直通 PCI 裝置。</translation>
    </message>
    <message>
        <source>libvirt offers no VFIO backend for PCI devices: the vfio driver is not loaded, or the IOMMU is off.</source>
        <translation>libvirt 沒有為 PCI 裝置提供 VFIO 後端：vfio 驅動程式未載入，或 IOMMU 未啟用。</translation>
    </message>
    <message>
        <source>On the host, run lspci -nnk | grep -A3 -e VGA -e 3D and look at &quot;Kernel driver in use&quot;: vfio-pci, or none, is ready.</source>
        <translation>請在主機上執行 lspci -nnk | grep -A3 -e VGA -e 3D，並查看「Kernel driver in use」：顯示 vfio-pci 或沒有該項，即表示已就緒。</translation>
    </message>
    <message>
        <source>libvirt reports no drivers for the host&apos;s PCI devices.</source>
        <translation>libvirt 未回報主機 PCI 裝置的驅動程式。</translation>
    </message>
    <message>
        <source>libvirt does not report it.</source>
        <translation>libvirt 不會回報此項目。</translation>
    </message>
    <message>
        <source>On the host, run dmesg | grep -i remapping: &quot;Enabled IRQ remapping&quot; (Intel) or &quot;Interrupt remapping enabled&quot; (AMD) means it is on.</source>
        <translation>請在主機上執行 dmesg | grep -i remapping：出現「Enabled IRQ remapping」（Intel）或「Interrupt remapping enabled」（AMD）即表示已啟用。</translation>
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
        <translation>佔主機比例</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Balloon</source>
        <translation>氣球記憶體</translation>
    </message>
    <message>
        <source>QEMU resident</source>
        <translation>QEMU 常駐記憶體</translation>
    </message>
    <message>
        <source>%1 read</source>
        <extracomment>Series of the disk graph: bytes read per second from one disk; %1 its target (vda)</extracomment>
        <translation>%1 讀取</translation>
    </message>
    <message>
        <source>%1 write</source>
        <extracomment>Series of the disk graph: bytes written per second to one disk; %1 its target (vda)</extracomment>
        <translation>%1 寫入</translation>
    </message>
    <message>
        <source>%1 received</source>
        <extracomment>Series of the network graph: bytes received per second (RX) on one interface; %1 its name (vnet0)</extracomment>
        <translation>%1 接收</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <extracomment>Series of the network graph: bytes sent per second (TX) on one interface; %1 its name (vnet0)</extracomment>
        <translation>%1 傳送</translation>
    </message>
    <message>
        <source>This virtual machine has no disk.</source>
        <translation>此虛擬機器沒有磁碟。</translation>
    </message>
    <message>
        <source>This virtual machine has no network interface.</source>
        <translation>此虛擬機器沒有網路介面。</translation>
    </message>
    <message>
        <source>Statistics appear while the virtual machine runs.</source>
        <translation>虛擬機器執行時才會顯示統計資料。</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>Label of the combo box that picks the time range of the performance graphs</extracomment>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <extracomment>Title of a performance graph</extracomment>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory</source>
        <extracomment>Title of a performance graph</extracomment>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <extracomment>Title of a performance graph: bytes read and written per second</extracomment>
        <translation>磁碟 I/O</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <extracomment>Title of a performance graph: bytes received and sent per second</extracomment>
        <translation>網路 I/O</translation>
    </message>
    <message>
        <source>CPU figures are not available for this virtual machine.</source>
        <translation>無法取得此虛擬機器的 CPU 資料。</translation>
    </message>
    <message>
        <source>Memory figures are not available for this virtual machine.</source>
        <translation>無法取得此虛擬機器的記憶體資料。</translation>
    </message>
    <message>
        <source>Disk figures are not available for this virtual machine.</source>
        <translation>無法取得此虛擬機器的磁碟資料。</translation>
    </message>
    <message>
        <source>Network figures are not available for this virtual machine.</source>
        <translation>無法取得此虛擬機器的網路資料。</translation>
    </message>
</context>
<context>
    <name>PortForward</name>
    <message>
        <source>The local port for the display cannot open (%1): %2</source>
        <translation>無法開啟圖形顯示的本機連接埠（%1）：%2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>QVirt Preferences</source>
        <translation>QVirt 偏好設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language entry that follows the LANG/LANGUAGE environment; %1 is that language&apos;s own name.</extracomment>
        <translation>系統預設（%1）</translation>
    </message>
    <message>
        <source>Every open window switches to the new language at once. QVirt carries its own Chinese, Japanese and Korean glyphs, so the text stays readable on a server without those fonts, also through ssh -X.</source>
        <translation>所有已開啟的視窗都會立即切換為新語言。QVirt 內建中文、日文與韓文字形，因此即使伺服器上沒有這些字型，文字也能正常顯示，透過 ssh -X 使用時亦然。</translation>
    </message>
    <message>
        <source>Statistics</source>
        <extracomment>Group of settings in Preferences: CPU, memory, disk and network figures sampled from the hosts</extracomment>
        <translation>統計資料</translation>
    </message>
    <message>
        <source>Sampling &amp;interval:</source>
        <translation>取樣間隔(&amp;I)：</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>statistics sampling</comment>
        <extracomment>The sampling interval&apos;s value when sampling is switched off</extracomment>
        <translation>關閉</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the sampling interval&apos;s number, with its leading space: seconds</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Sampling interval in seconds</source>
        <translation>取樣間隔（秒）</translation>
    </message>
    <message>
        <source>Sample:</source>
        <extracomment>Label before the checkboxes that choose which figures are sampled</extracomment>
        <translation>取樣項目：</translation>
    </message>
    <message>
        <source>&amp;CPU usage</source>
        <extracomment>Statistics to sample: the VMs&apos; processor usage</extracomment>
        <translation>CPU 使用率(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Memory</source>
        <extracomment>Statistics to sample: the VMs&apos; memory in use</extracomment>
        <translation>記憶體(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Disk I/O</source>
        <extracomment>Statistics to sample: bytes the VMs read and write on their disks</extracomment>
        <translation>磁碟 I/O(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Network I/O</source>
        <extracomment>Statistics to sample: bytes the VMs receive and send on their network interfaces</extracomment>
        <translation>網路 I/O(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <extracomment>Statistics to sample: the host&apos;s own CPU, memory and memory sharing (KSM)</extracomment>
        <translation>主機(&amp;H)</translation>
    </message>
    <message>
        <source>Full-resolution &amp;history:</source>
        <translation>全精度歷史保留時間(&amp;H)：</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <extracomment>Length of the statistics history kept at full resolution</extracomment>
        <translation>10 分鐘</translation>
    </message>
    <message>
        <source>1 hour</source>
        <extracomment>Length of the statistics history kept at full resolution</extracomment>
        <translation>1 小時</translation>
    </message>
    <message>
        <source>6 hours</source>
        <extracomment>Length of the statistics history kept at full resolution</extracomment>
        <translation>6 小時</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <extracomment>Length of the statistics history kept at full resolution; %1 is a number of minutes</extracomment>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>No statistics are sampled: the graphs and the list&apos;s usage columns stay empty.</source>
        <translation>不進行統計取樣：圖表及清單中的資源使用欄位將保持空白。</translation>
    </message>
    <message>
        <source>Each running virtual machine with one disk and one network interface keeps at most about %1 of history. Older figures are kept as one-minute averages for 24 hours.</source>
        <extracomment>%1 is an amount of memory such as &quot;1.2 MB&quot;</extracomment>
        <translation>以配有一個磁碟和一個網路介面的虛擬機器計算，每台執行中的虛擬機器的歷史資料最多約佔用 %1 記憶體。較舊的資料會以每分鐘平均值的形式保留 24 小時。</translation>
    </message>
    <message>
        <source>Interface si&amp;ze:</source>
        <extracomment>Preferences: how large QVirt draws its text, icons and windows (a zoom)</extracomment>
        <translation>介面大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>Interface size</source>
        <extracomment>Accessible name of the choice of how large QVirt draws its windows</extracomment>
        <translation>介面大小</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>An interface size in percent, e.g. &quot;150 %&quot;; %1 is the number. Write the percent sign as your language does.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 is set to %2 in QVirt&apos;s environment and decides the interface size. Start QVirt without it to choose the size here.</source>
        <extracomment>%1 is an environment variable&apos;s name (QT_SCALE_FACTOR), %2 its value (1.5)</extracomment>
        <translation>QVirt 的環境中已將 %1 設為 %2，介面大小由此變數決定。若要在這裡選擇大小，請在未設定此變數的情況下啟動 QVirt。</translation>
    </message>
    <message>
        <source>The new interface size takes effect after QVirt restarts.</source>
        <translation>新的介面大小會在 QVirt 重新啟動後生效。</translation>
    </message>
    <message>
        <source>Makes text, icons and windows larger. A console at actual size (1:1) stays sharp at every size.</source>
        <translation>放大文字、圖示與視窗。以實際大小（1:1）顯示的主控台在任何介面大小下都能保持清晰。</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <source>Passthrough readiness</source>
        <translation>直通就緒狀態</translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>Verdict of a passthrough readiness check</extracomment>
        <translation>就緒</translation>
    </message>
    <message>
        <source>Needs fixing</source>
        <extracomment>Verdict of a passthrough readiness check</extracomment>
        <translation>需要修正</translation>
    </message>
    <message>
        <source>Could not check</source>
        <extracomment>Verdict of a passthrough readiness check</extracomment>
        <translation>無法檢查</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>解決方法：</translation>
    </message>
</context>
<context>
    <name>RemoteViewer</name>
    <message>
        <source>Remote Viewer is not installed. Install the package virt-viewer.</source>
        <translation>未安裝 Remote Viewer。請安裝 virt-viewer 套件。</translation>
    </message>
    <message>
        <source>The connection file for Remote Viewer cannot be written in %1: %2</source>
        <translation>無法在 %1 中寫入 Remote Viewer 的連線檔案：%2</translation>
    </message>
    <message>
        <source>Remote Viewer could not start: %1</source>
        <translation>無法啟動 Remote Viewer：%1</translation>
    </message>
</context>
<context>
    <name>ResizeVolumeDialog</name>
    <message>
        <source>Resize %1</source>
        <translation>調整 %1 的大小</translation>
    </message>
    <message>
        <source> MiB</source>
        <extracomment>Unit after the new size of a volume</extracomment>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>目前：%1</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>調整大小</translation>
    </message>
    <message>
        <source>&amp;New capacity:</source>
        <translation>新容量(&amp;N)：</translation>
    </message>
    <message>
        <source>Growing a volume does not grow the file system inside it: do that in the guest afterwards.</source>
        <translation>擴大磁碟區並不會擴大其中的檔案系統：之後請在客體系統中進行。</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Memory, CPUs and firmware</source>
        <translation>記憶體、CPU 與韌體</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>記憶體(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;vCPUs:</source>
        <translation>vCPU(&amp;V)：</translation>
    </message>
    <message>
        <source>C&amp;hipset:</source>
        <translation>晶片組(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>韌體(&amp;F)：</translation>
    </message>
    <message>
        <source> MiB</source>
        <extracomment>Unit suffix of a memory size in mebibytes</extracomment>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Q35 (PCI Express; for current systems)</source>
        <translation>Q35（PCI Express；適用於目前的系統）</translation>
    </message>
    <message>
        <source>i440FX (PCI; for old systems)</source>
        <translation>i440FX（PCI；適用於舊系統）</translation>
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
        <translation>安全開機(&amp;S)</translation>
    </message>
    <message>
        <source>Add an emulated &amp;TPM 2.0</source>
        <translation>新增模擬的 TPM 2.0(&amp;T)</translation>
    </message>
    <message>
        <source>Recommended for %1: the values below. Every choice can be changed.</source>
        <translation>%1 的建議值如下。每個選項都可以變更。</translation>
    </message>
    <message>
        <source>No operating system was chosen: the values below suit most current systems.</source>
        <translation>未選擇作業系統：以下的值適用於大多數目前的系統。</translation>
    </message>
    <message>
        <source>The host has %1 of memory, %2 of it free.</source>
        <translation>主機有 %1 記憶體，其中 %2 可用。</translation>
    </message>
    <message>
        <source>The host&apos;s memory is not known.</source>
        <translation>主機的記憶體大小不明。</translation>
    </message>
    <message numerus="yes">
        <source>The host has %n CPU(s): more vCPUs than that make the VM slower, not faster.</source>
        <translation>
            <numerusform>主機有 %n 個 CPU：vCPU 數量超過此數只會讓虛擬機器變慢，而不會變快。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The host has %n CPU(s).</source>
        <translation>
            <numerusform>主機有 %n 個 CPU。</numerusform>
        </translation>
    </message>
    <message>
        <source>UEFI needs OVMF firmware on the host (the Debian package ovmf, edk2-ovmf on Fedora and CentOS).</source>
        <translation>UEFI 需要主機上有 OVMF 韌體（Debian 套件 ovmf，Fedora 與 CentOS 上為 edk2-ovmf）。</translation>
    </message>
    <message>
        <source>The host&apos;s OVMF firmware has no secure boot variant.</source>
        <translation>主機的 OVMF 韌體沒有支援安全開機的版本。</translation>
    </message>
    <message>
        <source>%1 needs UEFI firmware.</source>
        <translation>%1 需要 UEFI 韌體。</translation>
    </message>
    <message>
        <source>%1 needs a TPM 2.0, and an emulated one needs swtpm on the host (the Debian package swtpm-tools).</source>
        <translation>%1 需要 TPM 2.0，而模擬的 TPM 需要主機上有 swtpm（Debian 套件 swtpm-tools）。</translation>
    </message>
    <message>
        <source>An emulated TPM needs swtpm on the host (the Debian package swtpm-tools).</source>
        <translation>模擬的 TPM 需要主機上有 swtpm（Debian 套件 swtpm-tools）。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Unknown libvirt error.</source>
        <translation>不明的 libvirt 錯誤。</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>未連線至 %1。</translation>
    </message>
</context>
<context>
    <name>SimpleDeviceForm</name>
    <message>
        <source>Type:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>監聽位址：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>A password is set; QVirt keeps it as it is.</source>
        <translation>已設定密碼；QVirt 會維持原樣。</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>型號：</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>匯流排：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目標：</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>後端：</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>動作：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>來源：</translation>
    </message>
    <message>
        <source>Change the settings of a %1 device.</source>
        <translation>變更 %1 裝置的設定。</translation>
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
        <translation>%1（目前）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <extracomment>Snapshot tree: %1 is the disk&apos;s target name, e.g. vda</extracomment>
        <translation>磁碟 %1</translation>
    </message>
    <message>
        <source>%1 (active layer: you are here)</source>
        <translation>%1（作用中層：目前所在位置）</translation>
    </message>
    <message>
        <source>external</source>
        <extracomment>Snapshot type column: an external snapshot (new overlay files); followed by &quot;, with memory&quot; or &quot;, disk only&quot;</extracomment>
        <translation>外部</translation>
    </message>
    <message>
        <source>internal</source>
        <extracomment>Snapshot type column: an internal snapshot (stored inside the qcow2 image); followed by &quot;, with memory&quot; or &quot;, disk only&quot;</extracomment>
        <translation>內部</translation>
    </message>
    <message>
        <source>, with memory</source>
        <extracomment>Appended to &quot;external&quot; or &quot;internal&quot; in the snapshot type column; keep the leading separator</extracomment>
        <translation>，含記憶體</translation>
    </message>
    <message>
        <source>, disk only</source>
        <extracomment>Appended to &quot;external&quot; or &quot;internal&quot; in the snapshot type column; keep the leading separator</extracomment>
        <translation>，僅磁碟</translation>
    </message>
    <message>
        <source>%1; VM was %2</source>
        <extracomment>Snapshot type column: %1 is the snapshot type, %2 the state the VM was in when the snapshot was taken (Running, Paused, ...)</extracomment>
        <translation>%1；當時虛擬機器狀態：%2</translation>
    </message>
    <message>
        <source>overlay created by this snapshot</source>
        <translation>此快照建立的覆蓋檔案</translation>
    </message>
    <message>
        <source>created by snapshot %1</source>
        <translation>由快照 %1 建立</translation>
    </message>
    <message>
        <source>base image</source>
        <extracomment>Snapshot tree: the bottom image of a disk&apos;s backing chain</extracomment>
        <translation>基礎映像檔</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Size column: %1 is the space the image uses on disk, %2 its virtual size</extracomment>
        <translation>已用 %1，共 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header of the snapshot tree</extracomment>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header of the snapshot tree: internal/external, with memory or disk only</extracomment>
        <translation>類型</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header of the snapshot tree: date and time the snapshot was taken</extracomment>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Size (used of virtual)</source>
        <extracomment>Column header of the snapshot tree</extracomment>
        <translation>大小（已用/虛擬）</translation>
    </message>
    <message>
        <source>backing file of: %1</source>
        <extracomment>Snapshot tree: %1 lists the other VMs (linked clones) whose overlays are built on this image</extracomment>
        <translation>以下虛擬機器的後備檔案：%1</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>An internal snapshot lives inside qcow2 images, and disk %1 is %2. Take an external snapshot instead.</source>
        <translation>內部快照儲存在 qcow2 映像檔內，而磁碟 %1 的格式為 %2。請改為建立外部快照。</translation>
    </message>
    <message>
        <source>UEFI firmware keeps its variables outside the disk images, so libvirt cannot take an internal snapshot of this virtual machine. Take an external snapshot instead.</source>
        <translation>UEFI 韌體將其變數儲存在磁碟映像檔之外，因此 libvirt 無法為這台虛擬機器建立內部快照。請改為建立外部快照。</translation>
    </message>
    <message>
        <source>This QEMU build cannot take live external snapshots. Shut the virtual machine off and take the snapshot then, or install a QEMU with live snapshot support (qemu-kvm-ev on CentOS 7).</source>
        <translation>此 QEMU 版本無法在虛擬機器執行中建立外部快照（即時快照）。請先將虛擬機器關機再建立快照，或安裝支援即時快照的 QEMU（CentOS 7 上為 qemu-kvm-ev）。</translation>
    </message>
    <message>
        <source>libvirt could not revert to this external snapshot. Nothing was changed.</source>
        <translation>libvirt 無法還原至此外部快照。未做任何變更。</translation>
    </message>
    <message>
        <source>Shut the virtual machine off first: reverting to an external snapshot replaces its disks.</source>
        <translation>請先關閉虛擬機器：還原至外部快照會取代它的磁碟。</translation>
    </message>
    <message>
        <source>QVirt reverts external snapshots only on local hosts, where it can create the new overlay files.</source>
        <translation>QVirt 只在本機主機上還原外部快照，因為需要在那裡建立新的覆蓋檔案。</translation>
    </message>
    <message>
        <source>The image under the snapshot&apos;s overlay %1 could not be found, so the state at the snapshot is unknown. Nothing was changed.</source>
        <translation>找不到快照覆蓋檔案 %1 下方的映像檔，因此無法得知快照時的狀態。未做任何變更。</translation>
    </message>
    <message>
        <source>The new overlay %1 could not be created: %2. Nothing was changed.</source>
        <translation>無法建立新的覆蓋檔案 %1：%2。未做任何變更。</translation>
    </message>
    <message>
        <source>Disk %1 of the snapshot is no longer in the virtual machine. Nothing was changed.</source>
        <translation>快照中的磁碟 %1 已不在此虛擬機器中。未做任何變更。</translation>
    </message>
    <message>
        <source>The disks were reverted, but the memory state in %1 could not be restored: %2. The virtual machine is off; start it to boot from the reverted disks.</source>
        <translation>磁碟已還原，但無法恢復 %1 中的記憶體狀態：%2。虛擬機器處於關機狀態；啟動它即可從還原後的磁碟開機。</translation>
    </message>
    <message>
        <source>An external snapshot&apos;s overlay holds data written since; it goes away only by merging it into its backing file (block commit), and libvirt could not do that here. Nothing was changed.</source>
        <translation>外部快照的覆蓋檔案保存了快照之後寫入的資料；只有將其合併至後備檔案（block commit）才能移除，而 libvirt 在此無法完成此操作。未做任何變更。</translation>
    </message>
</context>
<context>
    <name>SnapshotsPanel</name>
    <message>
        <source>The snapshots could not be read: %1</source>
        <translation>無法讀取快照：%1</translation>
    </message>
    <message>
        <source>Take Snapshot…</source>
        <translation>建立快照…</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Return the VM to the selected snapshot (button, dialog title); not the same word as Restore (from a saved file) or Resume (a paused VM)</extracomment>
        <translation>還原</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Button: read the snapshots again</extracomment>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Snapshots and disk backing chains</source>
        <translation>快照與磁碟後備鏈</translation>
    </message>
    <message>
        <source>Select a snapshot in the tree.</source>
        <translation>請在樹狀檢視中選擇一個快照。</translation>
    </message>
    <message>
        <source>Return the virtual machine to this snapshot.</source>
        <translation>將虛擬機器還原至此快照。</translation>
    </message>
    <message>
        <source>Deleting an external snapshot merges its overlay into the image below it.</source>
        <translation>刪除外部快照會將其覆蓋檔案合併至下一層的映像檔。</translation>
    </message>
    <message>
        <source>Delete this snapshot; the disks keep their current state.</source>
        <translation>刪除此快照；磁碟會保持目前的狀態。</translation>
    </message>
    <message>
        <source>Snapshot %1, taken %2.</source>
        <translation>快照 %1，建立於 %2。</translation>
    </message>
    <message>
        <source>Memory state saved to %1.</source>
        <translation>記憶體狀態已儲存至 %1。</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>建立快照</translation>
    </message>
    <message>
        <source>Internal, with memory (inside the qcow2 images)</source>
        <translation>內部快照，含記憶體（儲存在 qcow2 映像檔內）</translation>
    </message>
    <message>
        <source>Internal (inside the qcow2 images)</source>
        <translation>內部快照（儲存在 qcow2 映像檔內）</translation>
    </message>
    <message>
        <source>External, disks only (new overlay files)</source>
        <translation>外部快照，僅磁碟（建立新的覆蓋檔案）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Type:</source>
        <extracomment>Kind of snapshot to take: internal or external, with memory or disk only</extracomment>
        <translation>類型：</translation>
    </message>
    <message>
        <source>External snapshots turn each disk into a chain: the current image becomes read-only and new writes go to an overlay file next to it.</source>
        <translation>外部快照會將每個磁碟變成一條鏈：目前的映像檔會變成唯讀，之後的寫入都會寫到旁邊新建立的覆蓋檔案。</translation>
    </message>
    <message>
        <source>Snapshot %1 could not be taken.</source>
        <translation>無法建立快照 %1。</translation>
    </message>
    <message>
        <source>Revert to %1? What the virtual machine did since is lost unless you take a snapshot first.</source>
        <translation>要還原至 %1 嗎？除非先建立快照，否則虛擬機器在那之後的所有變更都會遺失。</translation>
    </message>
    <message>
        <source>The virtual machine could not be reverted to %1.</source>
        <translation>無法將虛擬機器還原至 %1。</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>刪除快照</translation>
    </message>
    <message>
        <source>Delete snapshot %1?</source>
        <translation>要刪除快照 %1 嗎？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Snapshot %1 could not be deleted.</source>
        <translation>無法刪除快照 %1。</translation>
    </message>
    <message>
        <source>Merge Down (Commit)…</source>
        <translation>向下合併（Commit）…</translation>
    </message>
    <message>
        <source>Pull Backing Files Up…</source>
        <translation>向上拉取後備檔案…</translation>
    </message>
    <message>
        <source>Cancel Merge</source>
        <translation>取消合併</translation>
    </message>
    <message>
        <source>Select an image in a disk&apos;s chain.</source>
        <translation>請在磁碟的後備鏈中選擇一個映像檔。</translation>
    </message>
    <message>
        <source>Merging needs the virtual machine running: QEMU does the work.</source>
        <translation>合併需要虛擬機器處於執行狀態：合併工作由 QEMU 執行。</translation>
    </message>
    <message>
        <source>A merge is already under way.</source>
        <translation>已有合併作業正在進行。</translation>
    </message>
    <message>
        <source>The base image has nothing below it to merge into.</source>
        <translation>基礎映像檔下方沒有可供合併的映像檔。</translation>
    </message>
    <message>
        <source>Backing files are pulled into the active layer: select it.</source>
        <translation>後備檔案會被拉取至作用中層：請選擇作用中層。</translation>
    </message>
    <message>
        <source>The active layer has no backing files.</source>
        <translation>作用中層沒有後備檔案。</translation>
    </message>
    <message>
        <source>Write this image&apos;s data into the image below it and drop it from the chain.</source>
        <translation>將此映像檔的資料寫入下一層的映像檔，並將其從鏈中移除。</translation>
    </message>
    <message>
        <source>Copy every backing file&apos;s data into the active layer, so it stands alone.</source>
        <translation>將所有後備檔案的資料複製到作用中層，使其成為獨立的映像檔。</translation>
    </message>
    <message>
        <source>Pull Backing Files Up</source>
        <translation>向上拉取後備檔案</translation>
    </message>
    <message>
        <source>Copy the data of every backing file of %1 into %2? The backing files stay on disk.</source>
        <translation>要將 %1 的所有後備檔案資料複製到 %2 嗎？後備檔案仍會保留在磁碟上。</translation>
    </message>
    <message>
        <source>Pull</source>
        <extracomment>Confirmation button: copy the backing files&apos; data up into the active image (block pull)</extracomment>
        <translation>拉取</translation>
    </message>
    <message>
        <source>Merge Down</source>
        <extracomment>Dialog title: merge the selected image into the image below it (block commit)</extracomment>
        <translation>向下合併</translation>
    </message>
    <message>
        <source>Merge %1 into %2? %1 then leaves the chain; the file itself stays on disk.</source>
        <translation>要將 %1 合併至 %2 嗎？之後 %1 會脫離鏈，但檔案本身仍保留在磁碟上。</translation>
    </message>
    <message>
        <source>Merge</source>
        <extracomment>Confirmation button and error title: merge disk images (block commit)</extracomment>
        <translation>合併</translation>
    </message>
    <message>
        <source>The merge could not start.</source>
        <translation>無法開始合併。</translation>
    </message>
    <message>
        <source>Every image is unchanged and still valid.</source>
        <translation>所有映像檔皆未變更，仍然有效。</translation>
    </message>
    <message>
        <source>Merging %1: %p%</source>
        <translation>正在合併 %1：%p%</translation>
    </message>
    <message>
        <source>The merge on disk %1 failed.</source>
        <translation>磁碟 %1 上的合併失敗。</translation>
    </message>
    <message>
        <source>QEMU stopped the block job.</source>
        <translation>QEMU 已停止 block job。</translation>
    </message>
    <message>
        <source>The chain is as it was before the merge and every image is valid. See the host&apos;s libvirt log for the reason (a full disk, say).</source>
        <translation>後備鏈仍維持合併前的狀態，所有映像檔皆有效。請查看主機上的 libvirt 記錄檔以了解原因（例如磁碟已滿）。</translation>
    </message>
    <message>
        <source>Give the disks new overlays on the images they had at this snapshot; the current overlays stay on disk.</source>
        <translation>為各磁碟在快照時所用的映像檔上建立新的覆蓋檔案；目前的覆蓋檔案仍保留在磁碟上。</translation>
    </message>
    <message>
        <source>Revert to %1? It is an external snapshot: QVirt forces the virtual machine off first, then gives each disk a new overlay on the image it had at the snapshot. The current overlays stay on disk.</source>
        <translation>要還原至 %1 嗎？這是外部快照：QVirt 會先將虛擬機器強制關機，再於快照時的映像檔上為每個磁碟建立新的覆蓋檔案。目前的覆蓋檔案仍保留在磁碟上。</translation>
    </message>
    <message>
        <source>External, with memory (a live checkpoint)</source>
        <translation>外部快照，含記憶體（即時檢查點）</translation>
    </message>
    <message>
        <source>next to each disk&apos;s current image</source>
        <translation>放在各磁碟目前映像檔旁邊</translation>
    </message>
    <message>
        <source>Folder for new files:</source>
        <translation>新檔案所在資料夾：</translation>
    </message>
    <message>
        <source>Delete merged files</source>
        <translation>刪除已合併的檔案</translation>
    </message>
    <message>
        <source>After a successful merge down, delete the images that left the chain. Without it they stay on disk.</source>
        <translation>向下合併成功後，刪除已離開後備鏈的映像檔。不勾選則保留在磁碟上。</translation>
    </message>
    <message>
        <source>Save State to File…</source>
        <extracomment>Save the running VM&apos;s memory state to a file and stop it (virsh save)</extracomment>
        <translation>將狀態儲存到檔案…</translation>
    </message>
    <message>
        <source>Restore State…</source>
        <extracomment>Start the VM from a state file written by &quot;Save State to File&quot; (virsh restore); not a snapshot revert</extracomment>
        <translation>恢復狀態…</translation>
    </message>
    <message>
        <source>Take an external disk-only snapshot instead?</source>
        <translation>改為建立僅含磁碟的外部快照？</translation>
    </message>
    <message>
        <source>Take External Snapshot</source>
        <translation>建立外部快照</translation>
    </message>
    <message>
        <source>automatic</source>
        <extracomment>Placeholder of an empty file name field: QVirt chooses the file name</extracomment>
        <translation>自動</translation>
    </message>
    <message>
        <source>Overlay for %1:</source>
        <translation>%1 的覆蓋檔案：</translation>
    </message>
    <message>
        <source>Memory state file:</source>
        <translation>記憶體狀態檔案：</translation>
    </message>
    <message>
        <source>Overlays outside the chain (%1) may be built on %2; after the merge they no longer show the state they were made from.</source>
        <translation>後備鏈之外的覆蓋檔案（%1）可能建立在 %2 之上；合併後它們將不再呈現建立時的狀態。</translation>
    </message>
    <message>
        <source>%1 is the backing file of %2: merging would change what they read and corrupt them.</source>
        <translation>%1 是 %2 的後備檔案：合併會改變它們讀取的內容並使其損毀。</translation>
    </message>
    <message>
        <source>%1 (backing file of %2)</source>
        <translation>%1（%2 的後備檔案）</translation>
    </message>
    <message>
        <source>Other virtual machines are built on these backing files: %1. They stay unchanged; do not delete them.</source>
        <translation>其他虛擬機器以這些後備檔案為基礎：%1。這些檔案會維持不變；請勿刪除。</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Operating system: %1</source>
        <translation>作業系統：%1</translation>
    </message>
    <message>
        <source>Operating system: generic (QVirt chooses widely supported devices)</source>
        <translation>作業系統：通用（QVirt 會選擇廣泛支援的裝置）</translation>
    </message>
    <message>
        <source>Installation source and operating system</source>
        <translation>安裝來源與作業系統</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse the host&apos;s &amp;storage…</source>
        <translation>瀏覽主機的儲存空間(&amp;S)…</translation>
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
        <translation>核心引數(&amp;K)：</translation>
    </message>
    <message>
        <source>Optional, for example: console=ttyS0 auto=true</source>
        <translation>選填，例如：console=ttyS0 auto=true</translation>
    </message>
    <message>
        <source>&amp;Detect the operating system from the installation source</source>
        <translation>從安裝來源偵測作業系統(&amp;D)</translation>
    </message>
    <message>
        <source>Search operating systems, for example: debian 12, win11, rhel</source>
        <translation>搜尋作業系統，例如：debian 12、win11、rhel</translation>
    </message>
    <message>
        <source>Search operating systems</source>
        <translation>搜尋作業系統</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>作業系統</translation>
    </message>
    <message>
        <source>Include &amp;end-of-life systems</source>
        <translation>包含已終止支援的系統(&amp;E)</translation>
    </message>
    <message>
        <source>Path on the host</source>
        <translation>主機上的路徑</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>作業系統</translation>
    </message>
    <message>
        <source>ISO image or CD-ROM device on the host:</source>
        <translation>主機上的 ISO 映像檔或光碟機裝置：</translation>
    </message>
    <message>
        <source>Existing disk image on the host:</source>
        <translation>主機上現有的磁碟映像檔：</translation>
    </message>
    <message>
        <source>The VM boots from the network. Choose the operating system the PXE server installs, so QVirt picks devices it has drivers for.</source>
        <translation>虛擬機器將從網路開機。請選擇 PXE 伺服器要安裝的作業系統，讓 QVirt 挑選該系統有驅動程式的裝置。</translation>
    </message>
    <message>
        <source>The VM is created without an operating system. Choose the one you will put on it, so QVirt picks devices it has drivers for.</source>
        <translation>虛擬機器建立時不含作業系統。請選擇您之後要安裝的作業系統，讓 QVirt 挑選該系統有驅動程式的裝置。</translation>
    </message>
    <message>
        <source>Detecting the operating system…</source>
        <translation>正在偵測作業系統…</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>已偵測到：%1</translation>
    </message>
    <message>
        <source>QVirt could not make a temporary file to read the ISO image into.</source>
        <translation>QVirt 無法建立用來讀入 ISO 映像檔的暫存檔。</translation>
    </message>
    <message>
        <source>The ISO image could not be read through libvirt: %1 Only images in a storage pool can be read on a remote host.</source>
        <translation>無法透過 libvirt 讀取 ISO 映像檔：%1 在遠端主機上只能讀取儲存池中的映像檔。</translation>
    </message>
    <message>
        <source>Loading the operating system list…</source>
        <translation>正在載入作業系統清單…</translation>
    </message>
    <message>
        <source>Generic or unknown operating system</source>
        <translation>通用或未知的作業系統</translation>
    </message>
    <message>
        <source>Choose a Disk Image</source>
        <translation>選擇磁碟映像檔</translation>
    </message>
    <message>
        <source>Choose an ISO Image</source>
        <translation>選擇 ISO 映像檔</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw *.vmdk *.vdi)</source>
        <translation>磁碟映像檔 (*.qcow2 *.img *.raw *.vmdk *.vdi)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>ISO images (*.iso)</source>
        <translation>ISO 映像檔 (*.iso)</translation>
    </message>
</context>
<context>
    <name>SpiceDisplayPage</name>
    <message>
        <source>This virtual machine shows its screen through SPICE</source>
        <translation>此虛擬機器透過 SPICE 顯示畫面</translation>
    </message>
    <message>
        <source>Open in Remote Viewer</source>
        <extracomment>Button: open the VM&apos;s SPICE display in the remote-viewer program (virt-viewer)</extracomment>
        <translation>在 Remote Viewer 中開啟</translation>
    </message>
    <message>
        <source>Switch to VNC…</source>
        <extracomment>Button: change the VM&apos;s definition so its display is VNC from its next start</extracomment>
        <translation>切換為 VNC…</translation>
    </message>
    <message>
        <source>Switch the display to VNC</source>
        <translation>將圖形顯示切換為 VNC</translation>
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
        <translation>還原此虛擬機器在圖形顯示切換為 VNC 之前的定義。</translation>
    </message>
    <message>
        <source>QVirt&apos;s console speaks VNC, so it cannot show a SPICE display itself. Open the display in Remote Viewer, which speaks SPICE, or switch this virtual machine&apos;s display to VNC to see it here.</source>
        <translation>QVirt 的主控台使用 VNC，因此無法自行顯示 SPICE 圖形顯示。請在支援 SPICE 的 Remote Viewer 中開啟，或將此虛擬機器的圖形顯示切換為 VNC，以便在這裡檢視。</translation>
    </message>
    <message>
        <source>Remote Viewer is not installed. Install the package virt-viewer to open SPICE displays.</source>
        <translation>未安裝 Remote Viewer。請安裝 virt-viewer 套件以開啟 SPICE 圖形顯示。</translation>
    </message>
    <message>
        <source>The virtual machine must run to open its display in Remote Viewer.</source>
        <translation>虛擬機器必須在執行中，才能在 Remote Viewer 中開啟其圖形顯示。</translation>
    </message>
    <message>
        <source>Remote Viewer shows the display in a window of its own. It closes when QVirt quits.</source>
        <translation>Remote Viewer 會在獨立的視窗中顯示畫面。結束 QVirt 時它也會一併關閉。</translation>
    </message>
    <message>
        <source>This virtual machine is transient: it has no definition to change.</source>
        <translation>此虛擬機器為暫時性虛擬機器：沒有可變更的定義。</translation>
    </message>
    <message>
        <source>The display is switched to VNC for the next start. Shut the virtual machine down and start it again to see its screen here.</source>
        <translation>圖形顯示已切換為 VNC，將於下次啟動時生效。請將虛擬機器關機後再重新啟動，即可在這裡看到其畫面。</translation>
    </message>
    <message>
        <source>Changes the definition for the next start: the display becomes VNC and devices that work only with SPICE are adapted or removed. QVirt keeps the current definition so you can go back to SPICE.</source>
        <translation>變更下次啟動時使用的定義：圖形顯示改為 VNC，只能搭配 SPICE 運作的裝置會被調整或移除。QVirt 會保留目前的定義，讓您可以改回 SPICE。</translation>
    </message>
    <message>
        <source>Remote Viewer was started; it reaches the display through the host&apos;s SSH connection.</source>
        <translation>已啟動 Remote Viewer；它會透過主機的 SSH 連線連至圖形顯示。</translation>
    </message>
    <message>
        <source>Remote Viewer was started.</source>
        <translation>已啟動 Remote Viewer。</translation>
    </message>
    <message>
        <source>Remote Viewer</source>
        <extracomment>Title of the error box when remote-viewer could not be opened</extracomment>
        <translation>Remote Viewer</translation>
    </message>
    <message>
        <source>The display of &quot;%1&quot; could not be opened in Remote Viewer.</source>
        <translation>無法在 Remote Viewer 中開啟「%1」的圖形顯示。</translation>
    </message>
    <message>
        <source>Switch Display to VNC</source>
        <extracomment>Title of error boxes about switching a VM&apos;s display from SPICE to VNC</extracomment>
        <translation>將圖形顯示切換為 VNC</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; could not be read.</source>
        <translation>無法讀取「%1」的定義。</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; has no SPICE display to switch.</source>
        <translation>「%1」的定義中沒有可切換的 SPICE 圖形顯示。</translation>
    </message>
    <message>
        <source>The definition changed while the list of changes was shown. Look at the list again.</source>
        <translation>顯示變更清單期間，定義已被變更。請重新檢視清單。</translation>
    </message>
    <message>
        <source>The display of &quot;%1&quot; could not be switched to VNC.</source>
        <translation>無法將「%1」的圖形顯示切換為 VNC。</translation>
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
        <translation>QVirt 沒有保留「%1」切換為 VNC 之前的定義。</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; was changed after its display was switched to VNC. Going back restores the definition from before the switch, which undoes those later changes as well.</source>
        <translation>「%1」的定義在圖形顯示切換為 VNC 之後又有變更。改回 SPICE 會還原切換前的定義，之後所做的這些變更也會一併被捨棄。</translation>
    </message>
    <message>
        <source>Go Back and Undo Them</source>
        <extracomment>Button: restore the SPICE definition although it undoes later changes</extracomment>
        <translation>改回並捨棄這些變更</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; from before its display was switched to VNC is restored exactly. It takes effect the next time the virtual machine starts.</source>
        <translation>已原封不動地還原「%1」在圖形顯示切換為 VNC 之前的定義。變更會在虛擬機器下次啟動時生效。</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; from before the switch could not be restored.</source>
        <translation>無法還原「%1」切換前的定義。</translation>
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
        <translation>最近 1 分鐘</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <extracomment>Time range of the performance graphs</extracomment>
        <translation>最近 10 分鐘</translation>
    </message>
    <message>
        <source>Last hour</source>
        <extracomment>Time range of the performance graphs</extracomment>
        <translation>最近 1 小時</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <extracomment>Time range of the performance graphs: shows the minimum, average and maximum of each minute</extracomment>
        <translation>最近 24 小時</translation>
    </message>
    <message>
        <source>Time range</source>
        <extracomment>Accessible name of the combo box that picks the time range of the performance graphs</extracomment>
        <translation>時間範圍</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The file does not exist.</source>
        <translation>檔案不存在。</translation>
    </message>
    <message>
        <source>The image is not in a libvirt storage pool on the remote host, so it cannot be deleted from here. Remove it on the host.</source>
        <translation>此映像檔不在遠端主機的 libvirt 儲存池中，因此無法從這裡刪除。請在該主機上移除。</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened as a storage pool: %2</source>
        <translation>無法將資料夾 %1 開啟為儲存池：%2</translation>
    </message>
    <message>
        <source>The file is not in the folder %1 on the host.</source>
        <translation>該檔案不在主機上的資料夾 %1 中。</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Storage</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>&amp;Create a disk image</source>
        <translation>建立磁碟映像檔(&amp;C)</translation>
    </message>
    <message>
        <source>Use an &amp;existing volume or disk image</source>
        <translation>使用現有的磁碟區或磁碟映像檔(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;No disk</source>
        <translation>不使用磁碟(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Create the storage pool &quot;default&quot; in /var/lib/libvirt/images</source>
        <translation>在 /var/lib/libvirt/images 建立儲存池「default」</translation>
    </message>
    <message>
        <source> GiB</source>
        <extracomment>Unit suffix of a disk size in gibibytes</extracomment>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>磁碟大小</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>儲存池</translation>
    </message>
    <message>
        <source>Disk image format</source>
        <translation>磁碟映像檔格式</translation>
    </message>
    <message>
        <source>Path on the host</source>
        <translation>主機上的路徑</translation>
    </message>
    <message>
        <source>Disk bus</source>
        <translation>磁碟匯流排</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>儲存池(&amp;P)：</translation>
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
        <translation>磁碟匯流排(&amp;U)：</translation>
    </message>
    <message>
        <source>VirtIO (fastest; needs VirtIO drivers)</source>
        <translation>VirtIO（最快；需要 VirtIO 驅動程式）</translation>
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
        <translation>IDE（僅限 i440FX）</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（未啟用）</translation>
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
        <translation>虛擬機器會從映像檔 %1 開機。QVirt 不會複製該映像檔。</translation>
    </message>
    <message>
        <source>This host has no storage pools. A new disk image needs one.</source>
        <translation>此主機沒有儲存池。建立新的磁碟映像檔需要儲存池。</translation>
    </message>
    <message>
        <source>The pool %1 is not active: start it in the host&apos;s storage settings first.</source>
        <translation>儲存池 %1 未啟用：請先在主機的儲存設定中啟動它。</translation>
    </message>
    <message>
        <source>The disk may grow larger than the %1 free in this pool.</source>
        <translation>磁碟可能會成長到超過此儲存池的可用空間 %1。</translation>
    </message>
    <message>
        <source>The Q35 chipset has no IDE controller: choose SATA, or the i440FX chipset on the previous page.</source>
        <translation>Q35 晶片組沒有 IDE 控制器：請選擇 SATA，或在上一頁選擇 i440FX 晶片組。</translation>
    </message>
    <message>
        <source>%1 has no VirtIO drivers of its own: its installer will not see this disk without a driver disk.</source>
        <translation>%1 本身沒有 VirtIO 驅動程式：若沒有驅動程式磁碟，其安裝程式將看不到此磁碟。</translation>
    </message>
    <message>
        <source>New VM</source>
        <translation>新增虛擬機器</translation>
    </message>
    <message>
        <source>The storage pool &quot;default&quot; could not be created.</source>
        <translation>無法建立儲存池「default」。</translation>
    </message>
    <message>
        <source>Check that /var/lib/libvirt/images can be made on the host, or choose an existing image instead.</source>
        <translation>請確認主機上可以建立 /var/lib/libvirt/images，或改為選擇現有的映像檔。</translation>
    </message>
</context>
<context>
    <name>StoragePoolModel</name>
    <message>
        <source>Active</source>
        <extracomment>State of a storage pool</extracomment>
        <translation>作用中</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非作用中</translation>
    </message>
    <message>
        <source>On boot</source>
        <extracomment>Whether a storage pool starts with the host</extracomment>
        <translation>開機時</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the storage pool list</extracomment>
        <translation>名稱</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column of the storage pool list: active or inactive</extracomment>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Autostart</source>
        <extracomment>Column of the storage pool list: whether it starts with the host</extracomment>
        <translation>自動啟動</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column of the storage pool list: dir, netfs, logical...</extracomment>
        <translation>類型</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>Column of the storage pool list: its folder on the host</extracomment>
        <translation>路徑</translation>
    </message>
    <message>
        <source>Capacity</source>
        <extracomment>Column of the storage pool list: its total size</extracomment>
        <translation>容量</translation>
    </message>
    <message>
        <source>Allocation</source>
        <extracomment>Column of the storage pool list: the space in use</extracomment>
        <translation>已配置</translation>
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
        <translation>無法列出主機的儲存池。</translation>
    </message>
    <message>
        <source>The storage pool %1 was defined but could not be started: %2</source>
        <translation>已定義儲存池 %1，但無法啟動：%2</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be stopped: %2</source>
        <translation>無法停止儲存池 %1：%2</translation>
    </message>
    <message>
        <source>The storage of pool %1 could not be deleted; the pool is stopped and still defined: %2</source>
        <translation>無法刪除儲存池 %1 的儲存空間；儲存池已停止，但仍保有定義：%2</translation>
    </message>
</context>
<context>
    <name>StorageVolumeModel</name>
    <message>
        <source>%1 is an overlay on %2.</source>
        <translation>%1 是 %2 上的覆蓋檔案。</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the volume list</extracomment>
        <translation>名稱</translation>
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
        <translation>已配置</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>Column of the volume list: its file on the host</extracomment>
        <translation>路徑</translation>
    </message>
    <message>
        <source>Used by</source>
        <extracomment>Column of the volume list: the virtual machines whose disks use it</extracomment>
        <translation>使用方</translation>
    </message>
</context>
<context>
    <name>StorageVolumes</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready to create the VM</source>
        <translation>準備建立虛擬機器</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Name of the VM</source>
        <translation>虛擬機器名稱</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>C&amp;ustomize the hardware before installing</source>
        <translation>安裝前自訂硬體(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Start the VM when it is created</source>
        <translation>建立後啟動虛擬機器(&amp;S)</translation>
    </message>
    <message>
        <source>Give the VM a name.</source>
        <translation>請為虛擬機器命名。</translation>
    </message>
    <message>
        <source>A VM&apos;s name cannot contain / \ &lt; &gt; &amp; &apos; or &quot; or start with a space.</source>
        <translation>虛擬機器名稱不可包含 / \ &lt; &gt; &amp; &apos; 或 &quot;，也不可以空格開頭。</translation>
    </message>
    <message>
        <source>This host already has a VM named %1.</source>
        <translation>此主機上已有名為 %1 的虛擬機器。</translation>
    </message>
    <message>
        <source>&amp;Begin Installation</source>
        <translation>開始安裝(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>建立(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ustomize the hardware before creating</source>
        <translation>建立前自訂硬體(&amp;U)</translation>
    </message>
    <message>
        <source>From the ISO image %1</source>
        <translation>從 ISO 映像檔 %1</translation>
    </message>
    <message>
        <source>From the network install tree %1</source>
        <translation>從網路安裝樹 %1</translation>
    </message>
    <message>
        <source>Boots the existing image %1</source>
        <translation>從現有映像檔 %1 開機</translation>
    </message>
    <message>
        <source>Boots from the network (PXE)</source>
        <translation>從網路開機（PXE）</translation>
    </message>
    <message>
        <source>No installation</source>
        <translation>不安裝</translation>
    </message>
    <message>
        <source>New %1 image of %2 in the pool %3 (%4), on the %5 bus</source>
        <translation>在儲存池 %3（%4）中新建 %2 的 %1 映像檔，使用 %5 匯流排</translation>
    </message>
    <message>
        <source>%1 (%2), on the %3 bus</source>
        <translation>%1（%2），使用 %3 匯流排</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Virtual network %1, %2</source>
        <translation>虛擬網路 %1，%2</translation>
    </message>
    <message>
        <source>Host bridge %1, %2</source>
        <translation>主機橋接器 %1，%2</translation>
    </message>
    <message>
        <source>Macvtap on %1, %2</source>
        <translation>%1 上的 Macvtap，%2</translation>
    </message>
    <message>
        <source>User-mode networking, %1</source>
        <translation>使用者模式網路，%1</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI with secure boot</source>
        <translation>UEFI 搭配安全開機</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>作業系統</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安裝</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶體</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Chipset and firmware</source>
        <translation>晶片組與韌體</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁碟</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>VNC on %1</source>
        <translation>%1 上的 VNC</translation>
    </message>
    <message>
        <source>VNC on %1 with a password</source>
        <translation>%1 上的 VNC，已設定密碼</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Emulated TPM 2.0</source>
        <translation>模擬的 TPM 2.0</translation>
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
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>無法下載 %1：%2</translation>
    </message>
</context>
<context>
    <name>TypeTextDialog</name>
    <message>
        <source>German</source>
        <extracomment>Guest keyboard layout for typing text into a VM</extracomment>
        <translation>德文</translation>
    </message>
    <message>
        <source>French (AZERTY)</source>
        <extracomment>Guest keyboard layout for typing text into a VM</extracomment>
        <translation>法文（AZERTY）</translation>
    </message>
    <message>
        <source>Japanese (106/109 keys)</source>
        <extracomment>Guest keyboard layout for typing text into a VM (the JIS keyboard with 106 or 109 keys)</extracomment>
        <translation>日文（106/109 鍵）</translation>
    </message>
    <message>
        <source>English (US)</source>
        <extracomment>Guest keyboard layout for typing text into a VM</extracomment>
        <translation>英文（美國）</translation>
    </message>
    <message>
        <source>Type Text</source>
        <extracomment>Title of the dialog that types text into a VM&apos;s console as key presses</extracomment>
        <translation>輸入文字</translation>
    </message>
    <message>
        <source>QVirt presses the keys that make this text in the guest, as if typed on its keyboard. Line breaks are typed as Enter.</source>
        <translation>QVirt 會在客體系統中按下組成此文字的按鍵，如同在其鍵盤上打字一樣。換行會以 Enter 鍵輸入。</translation>
    </message>
    <message>
        <source>Text to type into the guest</source>
        <translation>要輸入至客體系統的文字</translation>
    </message>
    <message>
        <source>Guest keyboard layout:</source>
        <translation>客體系統鍵盤配置：</translation>
    </message>
    <message>
        <source>Guest keyboard layout</source>
        <translation>客體系統鍵盤配置</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Button that starts typing the text into the VM</extracomment>
        <translation>輸入</translation>
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
        <translation>虛擬機器</translation>
    </message>
    <message>
        <source>Filter by name or title</source>
        <translation>依名稱或標題篩選</translation>
    </message>
    <message>
        <source>Filter virtual machines</source>
        <translation>篩選虛擬機器</translation>
    </message>
    <message>
        <source>Show virtual machines in state</source>
        <translation>顯示處於此狀態的虛擬機器</translation>
    </message>
    <message>
        <source>All states</source>
        <extracomment>State filter of the virtual machine list</extracomment>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>State filter: VMs that are running or paused (every VM that is not shut off)</extracomment>
        <translation>作用中</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>State filter: VMs that are running</extracomment>
        <translation>執行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>filter: domains in paused state</comment>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Shut off</source>
        <extracomment>State filter: VMs that are shut off</extracomment>
        <translation>已關機</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Menu action: open the selected VM&apos;s window (console and details)</extracomment>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>儲存至檔案…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Select one or more virtual machines.</source>
        <translation>請選擇一台或多台虛擬機器。</translation>
    </message>
    <message>
        <source>Migrate…</source>
        <extracomment>Menu action: move the selected VM to another host</extracomment>
        <translation>移轉…</translation>
    </message>
    <message>
        <source>Select one virtual machine.</source>
        <translation>請選擇一台虛擬機器。</translation>
    </message>
    <message>
        <source>Connect to the destination host first.</source>
        <translation>請先連線至目的地主機。</translation>
    </message>
    <message>
        <source>Clone…</source>
        <extracomment>Menu action: make a copy (full or linked) of the selected VM</extracomment>
        <translation>複製…</translation>
    </message>
    <message>
        <source>Shut the virtual machine down or pause it to clone it.</source>
        <translation>請將虛擬機器關機或暫停後再進行複製。</translation>
    </message>
</context>
<context>
    <name>VmWindow</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; no longer exists on %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 已不存在於 %2 上。</translation>
    </message>
    <message>
        <source>Actions</source>
        <extracomment>Accessible name of the VM window&apos;s toolbar</extracomment>
        <translation>動作</translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>Tab of the VM window</extracomment>
        <translation>概觀</translation>
    </message>
    <message>
        <source>Console</source>
        <extracomment>Tab of the VM window: the VM&apos;s screen</extracomment>
        <translation>主控台</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Hardware</source>
        <extracomment>Tab of the VM window</extracomment>
        <translation>硬體</translation>
    </message>
    <message>
        <source>Performance</source>
        <extracomment>Tab of the VM window: usage graphs</extracomment>
        <translation>效能</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>儲存至檔案…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>%1 on %2 — QVirt</source>
        <translation>%2 上的 %1 — QVirt</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>狀態：</translation>
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
        <translation>記憶體：</translation>
    </message>
    <message>
        <source>Maximum memory:</source>
        <translation>最大記憶體：</translation>
    </message>
    <message>
        <source>Autostart:</source>
        <translation>自動啟動：</translation>
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
        <translation>持續性：</translation>
    </message>
    <message>
        <source>No (transient: gone when it stops)</source>
        <translation>否（暫時性：停止後即消失）</translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>無法讀取設定：%1</translation>
    </message>
    <message>
        <source>The configuration could not be parsed: %1</source>
        <translation>無法剖析設定：%1</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>虛擬機器管理程式：</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>架構：</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>韌體：</translation>
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
        <translation>模擬器：</translation>
    </message>
    <message>
        <source>Disks:</source>
        <translation>磁碟：</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Value of the Disks, Display and Network rows when the VM has none</extracomment>
        <translation>無</translation>
    </message>
    <message>
        <source>port chosen at start</source>
        <extracomment>Display row: libvirt picks the VNC port when the VM starts (autoport)</extracomment>
        <translation>啟動時指派連接埠</translation>
    </message>
    <message>
        <source>Display:</source>
        <extracomment>Row label: the VM&apos;s graphical display (VNC, SPICE)</extracomment>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>網路：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>The console is in its own window. Close that window to bring it back here.</source>
        <translation>主控台已在獨立視窗中開啟。關閉該視窗即可將其移回此處。</translation>
    </message>
    <message>
        <source>%1 — Console — QVirt</source>
        <translation>%1 — 主控台 — QVirt</translation>
    </message>
    <message>
        <source>%1 (managed save present: starting resumes it)</source>
        <extracomment>%1 is the VM&apos;s state, e.g. &quot;Shut off&quot;.</extracomment>
        <translation>%1（有受管儲存：啟動時將從儲存的狀態繼續執行）</translation>
    </message>
    <message>
        <source>empty</source>
        <comment>disk source</comment>
        <extracomment>A drive with no medium (an empty CD-ROM), shown where the image&apos;s path would be.</extracomment>
        <translation>無媒體</translation>
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
            <numerusform>%1（%2，%3）：%4（基於 %n 個後備檔案）</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>連線已關閉。</translation>
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
        <translation>伺服器宣告了不可能的螢幕大小 %1×%2。</translation>
    </message>
    <message>
        <source>Cannot reach the VNC server at %1:%2: %3</source>
        <translation>無法連上位於 %1:%2 的 VNC 伺服器：%3</translation>
    </message>
    <message>
        <source>The VNC server refused the password.</source>
        <translation>VNC 伺服器拒絕了此密碼。</translation>
    </message>
    <message>
        <source>The VNC handshake failed: %1</source>
        <translation>VNC 交握失敗：%1</translation>
    </message>
    <message>
        <source>The VNC server could not be set up: %1</source>
        <translation>無法與 VNC 伺服器完成初始設定：%1</translation>
    </message>
    <message>
        <source>The VNC server closed the connection: %1</source>
        <translation>VNC 伺服器關閉了連線：%1</translation>
    </message>
    <message>
        <source>The server sent a rectangle outside the screen.</source>
        <translation>伺服器傳送的矩形超出了螢幕範圍。</translation>
    </message>
    <message>
        <source>The server sent encoding %1, which was not asked for.</source>
        <translation>伺服器傳送了未要求的編碼 %1。</translation>
    </message>
    <message>
        <source>The VNC server does not allow the guest&apos;s screen to be resized.</source>
        <translation>VNC 伺服器不允許調整客體系統的螢幕大小。</translation>
    </message>
    <message>
        <source>The guest&apos;s screen cannot take that size: the VNC server is out of resources.</source>
        <translation>客體系統螢幕無法採用該大小：VNC 伺服器資源不足。</translation>
    </message>
    <message>
        <source>The guest&apos;s video device cannot change its size on request. A virtio or QXL video device can, with the guest&apos;s display driver or agent.</source>
        <translation>客體系統的顯示卡裝置無法依要求改變大小。virtio 或 QXL 顯示卡裝置搭配客體系統的顯示驅動程式或代理程式即可做到。</translation>
    </message>
    <message>
        <source>The VNC server refused the new screen size (status %1).</source>
        <translation>VNC 伺服器拒絕了新的螢幕大小（狀態 %1）。</translation>
    </message>
    <message>
        <source>This VNC server cannot resize the guest&apos;s screen.</source>
        <translation>此 VNC 伺服器無法調整客體系統的螢幕大小。</translation>
    </message>
    <message>
        <source>The server sent a picture that cannot be decoded.</source>
        <translation>伺服器傳送了無法解碼的畫面資料。</translation>
    </message>
    <message>
        <source>The server sent a clipboard message of %1 MiB, more than QVirt takes (%2 MiB).</source>
        <translation>伺服器傳送了 %1 MiB 的剪貼簿訊息，超過 QVirt 可接受的上限（%2 MiB）。</translation>
    </message>
    <message>
        <source>The guest&apos;s clipboard holds more than %1 MiB of text; it was not copied.</source>
        <translation>客體系統的剪貼簿中有超過 %1 MiB 的文字，因此未複製。</translation>
    </message>
    <message>
        <source>The guest&apos;s clipboard text arrived damaged; it was not copied.</source>
        <translation>客體系統的剪貼簿文字在傳輸過程中損毀，因此未複製。</translation>
    </message>
</context>
<context>
    <name>VncSettings</name>
    <message>
        <source>Automatic</source>
        <extracomment>VNC encoding choice: QVirt picks one by the kind of link</extracomment>
        <translation>自動</translation>
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
        <translation>選擇磁碟區</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>儲存池</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>磁碟區</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
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
        <translation>選擇(&amp;H)</translation>
    </message>
    <message>
        <source>Reading the host&apos;s storage pools…</source>
        <translation>正在讀取主機的儲存池…</translation>
    </message>
    <message>
        <source>The host&apos;s storage pools could not be read: %1</source>
        <translation>無法讀取主機的儲存池：%1</translation>
    </message>
    <message>
        <source>This host has no storage pools.</source>
        <translation>此主機沒有儲存池。</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（未啟用）</translation>
    </message>
    <message>
        <source>Reading the volumes of %1…</source>
        <translation>正在讀取 %1 的磁碟區…</translation>
    </message>
    <message>
        <source>The volumes of %1 could not be read: %2</source>
        <translation>無法讀取 %1 的磁碟區：%2</translation>
    </message>
    <message>
        <source>The pool %1 holds no volumes.</source>
        <translation>儲存池 %1 中沒有任何磁碟區。</translation>
    </message>
</context>
<context>
    <name>VolumeTransfer</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>傳輸已取消。</translation>
    </message>
</context>
<context>
    <name>XmlEditorPanel</name>
    <message>
        <source>Save</source>
        <extracomment>Button of the XML editor: define the edited XML in libvirt</extracomment>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save the definition; libvirt checks it first (%1).</source>
        <translation>儲存定義；libvirt 會先檢查它（%1）。</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Button of the XML editor: throw away the edits</extracomment>
        <translation>還原</translation>
    </message>
    <message>
        <source>Go back to the definition as libvirt has it.</source>
        <translation>回到 libvirt 目前的定義。</translation>
    </message>
    <message>
        <source>XML editor actions</source>
        <extracomment>Accessible name of the XML editor&apos;s toolbar</extracomment>
        <translation>XML 編輯器動作</translation>
    </message>
    <message>
        <source>XML definition</source>
        <extracomment>Accessible name of the XML text editor</extracomment>
        <translation>XML 定義</translation>
    </message>
    <message>
        <source>Why the definition was not saved</source>
        <translation>定義未儲存的原因</translation>
    </message>
    <message>
        <source>Notice about the definition</source>
        <translation>關於定義的通知</translation>
    </message>
    <message>
        <source>The definition could not be read: %1</source>
        <translation>無法讀取定義：%1</translation>
    </message>
    <message>
        <source>Definition Changed</source>
        <translation>定義已變更</translation>
    </message>
    <message>
        <source>The definition changed outside the editor since it was loaded. Overwrite that change with your text, or reload the definition and lose your edits?</source>
        <translation>載入後，定義已在編輯器之外被變更。要以您的內容覆寫該變更，還是重新載入定義並放棄您的編輯？</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆寫</translation>
    </message>
    <message>
        <source>Reload</source>
        <extracomment>Button: load the XML definition again</extracomment>
        <translation>重新載入</translation>
    </message>
    <message>
        <source>The definition was not saved: libvirt found a problem at line %1.
%2</source>
        <extracomment>%1 is a line number, %2 libvirt&apos;s message</extracomment>
        <translation>定義未儲存：libvirt 在第 %1 行發現問題。
%2</translation>
    </message>
    <message>
        <source>Go to Line %1</source>
        <extracomment>Button: put the cursor on the line an error names</extracomment>
        <translation>跳至第 %1 行</translation>
    </message>
    <message>
        <source>The definition was not saved.
%1</source>
        <translation>定義未儲存。
%1</translation>
    </message>
    <message>
        <source>This definition has unsaved edits from an earlier session.</source>
        <translation>此定義有先前工作階段中未儲存的編輯。</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>Button: bring back unsaved edits of the XML definition</extracomment>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Discard</source>
        <extracomment>Button: delete unsaved edits of the XML definition</extracomment>
        <translation>捨棄</translation>
    </message>
    <message>
        <source>The definition changed outside the editor. Reload it to see the change; your edits are then lost.</source>
        <translation>定義已在編輯器之外被變更。重新載入即可看到變更，但您的編輯將會遺失。</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>The XML definition has changes that are not saved. Save them before closing?</source>
        <translation>XML 定義有尚未儲存的變更。要在關閉前儲存嗎？</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>無法連線至 %1：%2</translation>
    </message>
    <message>
        <source>no virtual machine named &quot;%1&quot; on %2</source>
        <translation>%2 上沒有名為「%1」的虛擬機器</translation>
    </message>
    <message>
        <source>there is no display to open a window on. Log in with &quot;ssh -X&quot; to show QVirt on your desktop, or run QVirt on your desktop with --connect qemu+ssh://user@host/system.</source>
        <translation>沒有可開啟視窗的圖形顯示環境。請以「ssh -X」登入，讓 QVirt 顯示在您的桌面上；或在您的桌面上執行 QVirt，並使用 --connect qemu+ssh://user@host/system。</translation>
    </message>
</context>
</TS>
