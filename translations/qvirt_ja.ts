<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AddConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation>接続の追加</translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation>ハイパーバイザー(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>トランスポート(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>ホスト(&amp;O):</translation>
    </message>
    <message>
        <source>host.example.com or host:port</source>
        <translation>host.example.com または host:port</translation>
    </message>
    <message>
        <source>Host &amp;file:</source>
        <translation>ホストファイル(&amp;F):</translation>
    </message>
    <message>
        <source>empty: the built-in test host</source>
        <translation>空欄: 組み込みのテストホスト</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Enter the &amp;URI directly</source>
        <translation>URI を直接入力(&amp;U)</translation>
    </message>
    <message>
        <source>UR&amp;I:</source>
        <translation>URI(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Connect automatically when QVirt starts</source>
        <translation>QVirt の起動時に自動的に接続(&amp;C)</translation>
    </message>
    <message>
        <source>Test Driver Host File</source>
        <translation>テストドライバーのホストファイル</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML ファイル (*.xml)</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM ユーザーセッション</translation>
    </message>
    <message>
        <source>Test driver</source>
        <extracomment>Hypervisor choice: libvirt&apos;s built-in test driver, a fake host for trying QVirt out</extracomment>
        <translation>テストドライバー</translation>
    </message>
    <message>
        <source>Local</source>
        <extracomment>Transport choice: connect to libvirt on this machine (no network)</extracomment>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>SSH (ssh command)</source>
        <translation>SSH (ssh コマンド)</translation>
    </message>
    <message>
        <source>SSH (libssh, asks for passwords here)</source>
        <translation>SSH (libssh、パスワードはここで入力)</translation>
    </message>
    <message>
        <source>TLS</source>
        <extracomment>Transport choice: libvirt&apos;s TLS-encrypted TCP transport</extracomment>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TCP (unencrypted)</source>
        <translation>TCP (暗号化なし)</translation>
    </message>
    <message>
        <source>Cannot use &quot;%1&quot;: %2</source>
        <translation>「%1」を使用できません: %2</translation>
    </message>
</context>
<context>
    <name>AddHostDeviceDialog</name>
    <message>
        <source>Add Host Device</source>
        <translation>ホストデバイスの追加</translation>
    </message>
    <message>
        <source>PCI Device</source>
        <translation>PCI デバイス</translation>
    </message>
    <message>
        <source>SR-IOV Network Function</source>
        <translation>SR-IOV ネットワーク機能</translation>
    </message>
    <message>
        <source>USB Device</source>
        <translation>USB デバイス</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Button: add the chosen host device to the VM</extracomment>
        <translation>追加</translation>
    </message>
    <message>
        <source>The host&apos;s devices could not be listed: %1</source>
        <translation>ホストのデバイスを一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>PCI devices by IOMMU group</source>
        <translation>IOMMU グループ別の PCI デバイス</translation>
    </message>
    <message>
        <source>Let libvirt bind the devices to vfio-pci when the VM starts and give them back when it stops (managed)</source>
        <translation>仮想マシンの起動時に libvirt がデバイスを vfio-pci にバインドし、停止時にホストのドライバーへ戻す (managed)</translation>
    </message>
    <message>
        <source>Bind to vfio-pci Now</source>
        <translation>今すぐ vfio-pci にバインド</translation>
    </message>
    <message>
        <source>Give Back to Host Driver</source>
        <translation>ホストのドライバーに戻す</translation>
    </message>
    <message>
        <source>Virtual function</source>
        <extracomment>Column header: an SR-IOV virtual function (VF) of a network card</extracomment>
        <translation>仮想機能</translation>
    </message>
    <message>
        <source>Host driver</source>
        <translation>ホストドライバー</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用先</translation>
    </message>
    <message>
        <source>As a network interface with its own MAC address (interface type=&apos;hostdev&apos;)</source>
        <translation>独自の MAC アドレスを持つネットワークインターフェイスとして (interface type=&apos;hostdev&apos;)</translation>
    </message>
    <message>
        <source>As a plain PCI device (the guest driver sets the MAC)</source>
        <translation>通常の PCI デバイスとして (MAC はゲストのドライバーが設定)</translation>
    </message>
    <message>
        <source>Take any free function from a pool network:</source>
        <translation>プールネットワークから空いている仮想機能を割り当てる:</translation>
    </message>
    <message>
        <source>Create Pool Network…</source>
        <translation>プールネットワークを作成…</translation>
    </message>
    <message>
        <source>Network card:</source>
        <translation>ネットワークカード:</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC アドレス:</translation>
    </message>
    <message>
        <source>USB devices</source>
        <translation>USB デバイス</translation>
    </message>
    <message>
        <source>By vendor and product: follows the device to any port</source>
        <translation>ベンダーと製品で指定: どのポートに挿してもデバイスに追従</translation>
    </message>
    <message>
        <source>By bus and device number: this port only (for identical devices)</source>
        <translation>バス番号とデバイス番号で指定: このポートのみ (同一のデバイスが複数ある場合)</translation>
    </message>
    <message>
        <source>Add Host Device to %1</source>
        <translation>%1 にホストデバイスを追加</translation>
    </message>
    <message>
        <source>This host is not ready for passthrough yet:
%1</source>
        <translation>このホストはまだパススルーの準備ができていません:
%1</translation>
    </message>
    <message>
        <source>Choose a device or an IOMMU group.</source>
        <translation>デバイスまたは IOMMU グループを選択してください。</translation>
    </message>
    <message>
        <source>Reading the host&apos;s devices…</source>
        <translation>ホストのデバイスを読み取り中…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a PCI bridge. Bridges stay with the host: they connect the other devices of group %2 and do not stop them from being passed through.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; は PCI ブリッジです。ブリッジはホストに残ります。ブリッジはグループ %2 の他のデバイスを接続するだけで、それらのパススルーを妨げません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The host&apos;s IOMMU is off&lt;/b&gt;, so no device can be passed through. Turn on VT-d (Intel) or AMD-Vi in the firmware and add &lt;tt&gt;intel_iommu=on&lt;/tt&gt; or &lt;tt&gt;amd_iommu=on&lt;/tt&gt; to the kernel command line.</source>
        <translation>&lt;b&gt;ホストの IOMMU が無効です&lt;/b&gt;。そのため、どのデバイスもパススルーできません。ファームウェアで VT-d (Intel) または AMD-Vi を有効にし、カーネルコマンドラインに &lt;tt&gt;intel_iommu=on&lt;/tt&gt; または &lt;tt&gt;amd_iommu=on&lt;/tt&gt; を追加してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3.</source>
        <extracomment>%1 is the device name, %2 its PCI address, %3 its device class (e.g. VGA compatible controller)</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)、%3。</translation>
    </message>
    <message numerus="yes">
        <source>IOMMU group %1 has %n device(s) that must go to the same VM together:</source>
        <translation>
            <numerusform>IOMMU グループ %1 には、同じ仮想マシンにまとめて割り当てる必要があるデバイスが %n 個あります:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add all %n devices of IOMMU group %1</source>
        <extracomment>Check box; only shown when the group has two or more devices; %1 is the group number</extracomment>
        <translation>
            <numerusform>IOMMU グループ %1 のデバイスをすべて追加 (%n 個)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group&apos;s %n bridge(s) stay with the host and are not added.</source>
        <translation>
            <numerusform>このグループの %n 個のブリッジはホストに残り、追加されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Already used by %1: only one of these VMs can run at a time.</source>
        <translation>すでに %1 で使用されています。これらの仮想マシンは同時に 1 台しか実行できません。</translation>
    </message>
    <message>
        <source>%1 (driver %2)</source>
        <extracomment>%1 is a PCI device, %2 the host kernel driver it is bound to</extracomment>
        <translation>%1 (ドライバー %2)</translation>
    </message>
    <message>
        <source>Still bound to host drivers: %1. Bind them to vfio-pci now, or keep &quot;managed&quot; on so libvirt does it when the VM starts (a graphics card the host&apos;s display uses must be freed from its driver first).</source>
        <translation>まだホストのドライバーにバインドされています: %1。今すぐ vfio-pci にバインドするか、「managed」をオンのままにして、仮想マシンの起動時に libvirt にバインドさせてください (ホストの画面表示に使われているグラフィックカードは、先にそのドライバーから解放する必要があります)。</translation>
    </message>
    <message>
        <source>none reported</source>
        <extracomment>Host driver column: libvirt did not name a driver for this function</extracomment>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>This host has no SR-IOV network card with virtual functions. A card that supports SR-IOV gets its functions with: echo 4 &gt; /sys/class/net/&lt;interface&gt;/device/sriov_numvfs</source>
        <translation>このホストには仮想機能を持つ SR-IOV ネットワークカードがありません。SR-IOV に対応したカードでは、次のコマンドで仮想機能を作成できます: echo 4 &gt; /sys/class/net/&lt;interface&gt;/device/sriov_numvfs</translation>
    </message>
    <message numerus="yes">
        <source>%n free virtual function(s). A pool network hands a free one to each guest interface when the VM starts, so VMs need no fixed addresses.</source>
        <translation>
            <numerusform>空いている仮想機能: %n 個。プールネットワークは仮想マシンの起動時にゲストの各インターフェイスへ空いている仮想機能を 1 つずつ割り当てるため、仮想マシンに固定のアドレスは不要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a USB device.</source>
        <translation>USB デバイスを選択してください。</translation>
    </message>
    <message>
        <source>The host lists no USB devices.</source>
        <translation>ホストに USB デバイスが 1 つも報告されていません。</translation>
    </message>
    <message>
        <source>Already used by %1.</source>
        <translation>すでに %1 で使用されています。</translation>
    </message>
    <message>
        <source>%1, vendor %2 product %3, bus %4 device %5.</source>
        <translation>%1、ベンダー %2、製品 %3、バス %4、デバイス %5。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Devices</source>
        <extracomment>Dialog button when two or more devices are chosen</extracomment>
        <translation>
            <numerusform>%n 個のデバイスを追加</numerusform>
        </translation>
    </message>
    <message>
        <source>The device could not be added to %1.</source>
        <translation>デバイスを %1 に追加できませんでした。</translation>
    </message>
    <message>
        <source>Nothing was changed; the choice is still here to try again.</source>
        <translation>何も変更されていません。選択内容はそのまま残っているので、もう一度試せます。</translation>
    </message>
    <message>
        <source>Create Pool Network</source>
        <translation>プールネットワークの作成</translation>
    </message>
    <message numerus="yes">
        <source>A libvirt network that hands each guest interface one of the %n free virtual function(s) of %1.
Name:</source>
        <translation>
            <numerusform>ゲストの各インターフェイスに、%1 の空いている仮想機能 (%n 個) を 1 つずつ割り当てる libvirt ネットワークです。
名前:</numerusform>
        </translation>
    </message>
    <message>
        <source>The network %1 could not be created.</source>
        <translation>ネットワーク %1 を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Status message</source>
        <extracomment>Accessible name of the message banner at the top of a window</extracomment>
        <translation>ステータスメッセージ</translation>
    </message>
</context>
<context>
    <name>BlockJobs</name>
    <message>
        <source>Merging images needs the virtual machine running: QEMU does the work. Start it first.</source>
        <translation>イメージをマージするには仮想マシンが実行中である必要があります。処理は QEMU が行います。先に仮想マシンを起動してください。</translation>
    </message>
    <message>
        <source>The host&apos;s disk is full. Free space there, then merge again; every image is still valid.</source>
        <translation>ホストのディスクがいっぱいです。ホスト上で空き容量を確保してから、もう一度マージしてください。すべてのイメージは引き続き有効です。</translation>
    </message>
    <message>
        <source>The chain of disk %1 changed. Look at it again, then merge.</source>
        <translation>ディスク %1 のチェーンが変わりました。もう一度確認してからマージしてください。</translation>
    </message>
</context>
<context>
    <name>BootForm</name>
    <message>
        <source>CD-ROM drive %1</source>
        <translation>CD-ROM ドライブ %1</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>ディスク %1</translation>
    </message>
    <message>
        <source>Network interface %1</source>
        <translation>ネットワークインターフェイス %1</translation>
    </message>
    <message>
        <source>Boot order:</source>
        <translation>起動順序:</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Boot menu:</source>
        <translation>ブートメニュー:</translation>
    </message>
    <message>
        <source>Show the boot menu when the VM starts</source>
        <translation>仮想マシンの起動時にブートメニューを表示する</translation>
    </message>
    <message>
        <source>Kernel path:</source>
        <translation>カーネルのパス:</translation>
    </message>
    <message>
        <source>Initrd path:</source>
        <translation>initrd のパス:</translation>
    </message>
    <message>
        <source>Kernel arguments:</source>
        <translation>カーネル引数:</translation>
    </message>
    <message>
        <source>Device tree path:</source>
        <translation>デバイスツリーのパス:</translation>
    </message>
    <message>
        <source>Direct kernel boot needs the kernel&apos;s path.</source>
        <translation>カーネルの直接起動には、カーネルのパスが必要です。</translation>
    </message>
</context>
<context>
    <name>BridgeSteps</name>
    <message>
        <source>Debian or Ubuntu with ifupdown (/etc/network/interfaces):</source>
        <extracomment>Heading of one way to make a host bridge; keep &quot;ifupdown&quot; and the file name as they are</extracomment>
        <translation>Debian または Ubuntu (ifupdown、/etc/network/interfaces):</translation>
    </message>
    <message>
        <source>Run &quot;apt install bridge-utils&quot;, replace the lines of %1 in /etc/network/interfaces with these, then run &quot;systemctl restart networking&quot; from the console (not over SSH on %1):</source>
        <translation>&quot;apt install bridge-utils&quot; を実行し、/etc/network/interfaces 内の %1 の行を次の内容に置き換えてから、コンソールで &quot;systemctl restart networking&quot; を実行してください (%1 経由の SSH では実行しないでください):</translation>
    </message>
    <message>
        <source>Debian or Ubuntu with NetworkManager:</source>
        <translation>Debian または Ubuntu (NetworkManager):</translation>
    </message>
    <message>
        <source>Run these as root; the host&apos;s address moves from %1 to br0 (the old connection of %1 can then be deleted with &quot;nmcli connection delete&quot;):</source>
        <translation>次のコマンドを root で実行してください。ホストのアドレスは %1 から br0 に移ります (その後、%1 の古い接続は &quot;nmcli connection delete&quot; で削除できます):</translation>
    </message>
    <message>
        <source>CentOS, RHEL or Fedora (NetworkManager):</source>
        <translation>CentOS、RHEL または Fedora (NetworkManager):</translation>
    </message>
    <message>
        <source>Run these as root; the host&apos;s address moves from %1 to br0:</source>
        <translation>次のコマンドを root で実行してください。ホストのアドレスは %1 から br0 に移ります:</translation>
    </message>
    <message>
        <source>No bridge such as br0 exists on this host. To put VMs on the host&apos;s LAN, make one on the host:</source>
        <translation>このホストには br0 のようなブリッジがありません。仮想マシンをホストの LAN に接続するには、ホスト上でブリッジを作成してください:</translation>
    </message>
    <message>
        <source>The host&apos;s distribution is not known here; the steps for each:</source>
        <translation>ホストのディストリビューションを判別できないため、ディストリビューションごとの手順を示します:</translation>
    </message>
</context>
<context>
    <name>ClipboardAgent</name>
    <message>
        <source>This virtual machine&apos;s SPICE agent channel uses the port the clipboard channel needs. Switch its display to VNC first; that replaces the SPICE channel with QEMU&apos;s.</source>
        <translation>この仮想マシンの SPICE エージェントチャネルが、クリップボードチャネルに必要なポートを使用しています。先にディスプレイを VNC に切り替えてください。これにより、SPICE のチャネルが QEMU のチャネルに置き換えられます。</translation>
    </message>
</context>
<context>
    <name>ClipboardBridge</name>
    <message numerus="yes">
        <source>Copied %n character(s) from the guest.</source>
        <extracomment>Console status note; %n is a number of characters</extracomment>
        <translation>
            <numerusform>ゲストから %n 文字をコピーしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>Full clone: copy the disks</source>
        <translation>フルクローン: ディスクをコピー</translation>
    </message>
    <message>
        <source>Linked clone: new overlays on the original&apos;s disk images</source>
        <translation>リンククローン: 元のディスクイメージ上に新しいオーバーレイを作成</translation>
    </message>
    <message>
        <source>Clone Virtual Machine</source>
        <translation>仮想マシンのクローン</translation>
    </message>
    <message>
        <source>Name of the clone</source>
        <translation>クローンの名前</translation>
    </message>
    <message>
        <source>Number of clones</source>
        <translation>クローンの数</translation>
    </message>
    <message>
        <source>Disks of the clone</source>
        <translation>クローンのディスク</translation>
    </message>
    <message>
        <source>Disk</source>
        <extracomment>Column header: a disk of the VM (its target, e.g. vda)</extracomment>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Column header: the disk image file</extracomment>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: what the clone does with the disk (copy, share, leave out)</extracomment>
        <translation>処理</translation>
    </message>
    <message>
        <source>New image</source>
        <extracomment>Column header: the name of the clone&apos;s new image</extracomment>
        <translation>新しいイメージ</translation>
    </message>
    <message>
        <source>Progress of the clone</source>
        <translation>クローンの進行状況</translation>
    </message>
    <message>
        <source>Clone</source>
        <extracomment>Button: make the clone(s)</extracomment>
        <translation>クローン作成</translation>
    </message>
    <message>
        <source>Open the Clone</source>
        <extracomment>Button: open the window of the clone just made</extracomment>
        <translation>クローンを開く</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Label of the clone&apos;s name; with several clones it is a pattern where %n is the number</extracomment>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>N&amp;umber of clones:</source>
        <translation>クローンの数(&amp;U):</translation>
    </message>
    <message>
        <source>Kind:</source>
        <extracomment>Label of the choice between a full and a linked clone</extracomment>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Reading the virtual machine&apos;s disks…</source>
        <translation>仮想マシンのディスクを読み取り中…</translation>
    </message>
    <message>
        <source>The virtual machine could not be read: %1</source>
        <translation>仮想マシンを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Make a new virtual machine from %1: the same hardware and settings, a new UUID and new MAC addresses.</source>
        <translation>%1 から新しい仮想マシンを作成します。ハードウェアと設定は同じで、UUID と MAC アドレスは新しくなります。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A disk in the clone dialog&apos;s table: target and kind of device (vda (disk), sda (cdrom))</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>イメージなし</translation>
    </message>
    <message>
        <source>What the clone does with the disk %1</source>
        <translation>ディスク %1 に対するクローンの処理</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>What the clone does with a disk: a new copy of it</extracomment>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Share</source>
        <extracomment>What the clone does with a disk: use the same image as the original</extracomment>
        <translation>共有</translation>
    </message>
    <message>
        <source>Leave out</source>
        <extracomment>What the clone does with a disk: the clone has no such disk</extracomment>
        <translation>除外</translation>
    </message>
    <message>
        <source>Add the Folder %1 as a Storage Pool</source>
        <translation>フォルダー %1 をストレージプールとして追加</translation>
    </message>
    <message>
        <source>Named after each clone</source>
        <extracomment>The new image column when several clones are made: each is named after its clone</extracomment>
        <translation>各クローンの名前を使用</translation>
    </message>
    <message>
        <source>Makes %1.</source>
        <translation>%1 を作成します。</translation>
    </message>
    <message>
        <source>With several clones, %n in the name is replaced by a number: web-%n makes web-1, web-2…</source>
        <translation>複数のクローンを作成する場合、名前の %n は番号に置き換えられます (例: web-%n → web-1、web-2…)。</translation>
    </message>
    <message>
        <source>%1 also moves onto a new overlay of its own, so that its current disk images stay as they are: they become the shared base of %1 and every linked clone, and deleting or merging them would break the clones. %1 must be shut off for this.</source>
        <translation>現在のディスクイメージをそのまま残すため、%1 自体も専用の新しいオーバーレイに移ります。現在のディスクイメージは %1 とすべてのリンククローンの共有ベースになるため、削除やマージを行うとクローンが壊れます。このためには %1 が停止している必要があります。</translation>
    </message>
    <message>
        <source>%1 is running. Shut it down to make a linked clone.</source>
        <translation>%1 は実行中です。リンククローンを作成するには、シャットダウンしてください。</translation>
    </message>
    <message>
        <source>%1 is running. Shut it down or pause it to make a full clone.</source>
        <translation>%1 は実行中です。フルクローンを作成するには、シャットダウンするか一時停止してください。</translation>
    </message>
    <message>
        <source>Name the clone.</source>
        <translation>クローンの名前を入力してください。</translation>
    </message>
    <message>
        <source>A virtual machine named %1 already exists. Choose another name.</source>
        <translation>%1 という名前の仮想マシンはすでに存在します。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Starting the copy…</source>
        <translation>コピーを開始しています…</translation>
    </message>
    <message>
        <source>Making the overlays…</source>
        <translation>オーバーレイを作成しています…</translation>
    </message>
    <message>
        <source>Copying disk %1 of %2 (%3) for %4: %5 of %6.</source>
        <translation>%4 用のディスク %1/%2 (%3) をコピー中: %5/%6。</translation>
    </message>
    <message>
        <source>No clone was made.</source>
        <translation>クローンは作成されませんでした。</translation>
    </message>
    <message>
        <source>%1 could not be cloned.</source>
        <translation>%1 のクローンを作成できませんでした。</translation>
    </message>
    <message>
        <source>Nothing made for the clone was kept, and %1 is as it was.</source>
        <translation>クローン用に作成したものはすべて削除され、%1 は元のままです。</translation>
    </message>
    <message>
        <source>Cancelled. The images made for the clone are deleted; %1 is as it was.</source>
        <translation>キャンセルしました。クローン用に作成したイメージは削除され、%1 は元のままです。</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>%1 を作成しました。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>The folder %1 could not be added as a storage pool.</source>
        <translation>フォルダー %1 をストレージプールとして追加できませんでした。</translation>
    </message>
    <message>
        <source>Add it on the host, or choose Share for its disks.</source>
        <translation>ホスト上で追加するか、そのディスクに「共有」を選択してください。</translation>
    </message>
</context>
<context>
    <name>Cloning</name>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 はすでに存在します。</translation>
    </message>
    <message>
        <source>The image %1 of disk %2 could not be copied for %3: %4</source>
        <translation>ディスク %2 のイメージ %1 を %3 用にコピーできませんでした: %4</translation>
    </message>
    <message>
        <source>The UEFI variables of %1 could not be copied for %2: %3</source>
        <translation>%1 の UEFI 変数を %2 用にコピーできませんでした: %3</translation>
    </message>
    <message>
        <source>The clone %1 could not be defined: %2</source>
        <translation>クローン %1 を定義できませんでした: %2</translation>
    </message>
    <message>
        <source>The disk %1 is on the network; a clone can only share it or go without it.</source>
        <translation>ディスク %1 はネットワーク上にあるため、クローンでは共有するか除外するかしか選べません。</translation>
    </message>
    <message>
        <source>The disk %1 has no image to copy.</source>
        <translation>ディスク %1 にはコピーするイメージがありません。</translation>
    </message>
    <message>
        <source>%1 is not in a storage pool of the host, so it cannot be copied from here. Add its folder %2 as a storage pool, then clone again.</source>
        <translation>%1 はホストのストレージプール内にないため、ここからはコピーできません。フォルダー %2 をストレージプールとして追加してから、もう一度クローンを作成してください。</translation>
    </message>
    <message>
        <source>%1 is running. Shut it down first: a linked clone moves %1 onto a new overlay of its own, which it can only do while %1 is off.</source>
        <translation>%1 は実行中です。先にシャットダウンしてください。リンククローンでは %1 を専用の新しいオーバーレイに移しますが、これは %1 が停止している間しか行えません。</translation>
    </message>
    <message>
        <source>%1 is running. Shut it down or pause it first: the disks of a running virtual machine change while they are copied.</source>
        <translation>%1 は実行中です。先にシャットダウンするか一時停止してください。実行中の仮想マシンのディスクはコピー中にも変更されるためです。</translation>
    </message>
    <message>
        <source>Name the clone.</source>
        <translation>クローンの名前を入力してください。</translation>
    </message>
    <message>
        <source>The name %1 is given to two clones. Give each its own name.</source>
        <translation>名前 %1 が 2 つのクローンに指定されています。それぞれに別の名前を付けてください。</translation>
    </message>
    <message>
        <source>A virtual machine named %1 already exists. Choose another name.</source>
        <translation>%1 という名前の仮想マシンはすでに存在します。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>%1 is paused, and libvirt cannot copy the image %2 while QEMU holds it open on a remote host. Shut %1 down, then clone it.</source>
        <translation>%1 は一時停止中です。リモートホスト上で QEMU がイメージ %2 を開いている間、libvirt はそれをコピーできません。%1 をシャットダウンしてからクローンを作成してください。</translation>
    </message>
    <message>
        <source>No overlay could be made for %1 on %2: %3</source>
        <translation>%2 上に %1 のオーバーレイを作成できませんでした: %3</translation>
    </message>
    <message>
        <source>%1 could not be moved onto its new overlay, so no linked clone was made: %2</source>
        <translation>%1 を新しいオーバーレイに移せなかったため、リンククローンは作成されませんでした: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manage KVM/QEMU virtual machines through libvirt.</source>
        <translation>libvirt を使用して KVM/QEMU 仮想マシンを管理します。</translation>
    </message>
    <message>
        <source>Connect to the libvirt URI (for example qemu:///system).</source>
        <translation>libvirt URI に接続します (例: qemu:///system)。</translation>
    </message>
    <message>
        <source>URI</source>
        <extracomment>Value placeholder in --help output (qvirt --connect URI); written in capitals in Latin scripts</extracomment>
        <translation>URI</translation>
    </message>
    <message>
        <source>Show the console of the virtual machine.</source>
        <translation>仮想マシンのコンソールを表示します。</translation>
    </message>
    <message>
        <source>NAME</source>
        <extracomment>Value placeholder in --help output: the name of a virtual machine</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Show the hardware of the virtual machine.</source>
        <translation>仮想マシンのハードウェアを表示します。</translation>
    </message>
    <message>
        <source>Show the snapshots of the virtual machine.</source>
        <translation>仮想マシンのスナップショットを表示します。</translation>
    </message>
    <message>
        <source>Show the overview of the virtual machine.</source>
        <translation>仮想マシンの概要を表示します。</translation>
    </message>
    <message>
        <source>Show the host summary of the connection.</source>
        <translation>接続先ホストの概要を表示します。</translation>
    </message>
    <message>
        <source>Use this language instead of the system&apos;s (for example zh_CN).</source>
        <translation>システムの言語の代わりにこの言語を使用します (例: ja)。</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <extracomment>Value placeholder in --help output: a locale name such as zh_CN</extracomment>
        <translation>ロケール</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数です: %1</translation>
    </message>
    <message>
        <source>Cannot use the URI &quot;%1&quot;: %2</source>
        <translation>URI「%1」を使用できません: %2</translation>
    </message>
    <message>
        <source>Give only one of the --show-… options.</source>
        <translation>--show-… オプションは 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>Show the host&apos;s devices: IOMMU groups and passthrough readiness.</source>
        <translation>ホストのデバイス (IOMMU グループとパススルーの準備状況) を表示します。</translation>
    </message>
    <message>
        <source>Show the performance graphs of the virtual machine.</source>
        <translation>仮想マシンのパフォーマンスグラフを表示します。</translation>
    </message>
    <message>
        <source>Show the XML definition of the virtual machine in its editor.</source>
        <translation>仮想マシンの XML 定義をエディターで表示します。</translation>
    </message>
    <message>
        <source>Show the host&apos;s storage pools and volumes.</source>
        <translation>ホストのストレージプールとボリュームを表示します。</translation>
    </message>
    <message>
        <source>Show the host&apos;s virtual networks.</source>
        <translation>ホストの仮想ネットワークを表示します。</translation>
    </message>
    <message>
        <source>Show the host&apos;s network interfaces and bridges.</source>
        <translation>ホストのネットワークインターフェイスとブリッジを表示します。</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Not connected</source>
        <extracomment>Connection state shown next to a host in the connection list</extracomment>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>Connection state: the connection is being opened</extracomment>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Connection state: the connection is open</extracomment>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Disconnected, retrying…</source>
        <extracomment>Connection state: the connection was lost and QVirt is reconnecting</extracomment>
        <translation>切断されました。再試行中…</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <extracomment>Connection state: the connection could not be opened</extracomment>
        <translation>接続に失敗しました</translation>
    </message>
    <message>
        <source>This virtual machine is already moving.</source>
        <translation>この仮想マシンはすでにマイグレーション中です。</translation>
    </message>
    <message>
        <source>The destination connection is not open. Connect to the destination host first.</source>
        <translation>移行先の接続が開かれていません。先に移行先ホストに接続してください。</translation>
    </message>
    <message>
        <source>The destination connection was closed.</source>
        <translation>移行先の接続が閉じられました。</translation>
    </message>
</context>
<context>
    <name>ConnectionUri</name>
    <message>
        <source>The URI is empty.</source>
        <translation>URI が空です。</translation>
    </message>
    <message>
        <source>The URI contains a space.</source>
        <translation>URI に空白が含まれています。</translation>
    </message>
    <message>
        <source>The URI has no &quot;driver://&quot; prefix, as in qemu:///system.</source>
        <translation>URI に「driver://」接頭辞がありません (例: qemu:///system)。</translation>
    </message>
    <message>
        <source>The URI is malformed: %1</source>
        <translation>URI の形式が正しくありません: %1</translation>
    </message>
    <message>
        <source>The driver name &quot;%1&quot; has characters libvirt does not accept.</source>
        <translation>ドライバー名「%1」に libvirt が受け付けない文字が含まれています。</translation>
    </message>
    <message>
        <source>A remote transport (%1) needs a host name.</source>
        <translation>リモートトランスポート (%1) にはホスト名が必要です。</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM ユーザーセッション</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <extracomment>Hypervisor kind in a connection&apos;s display name, e.g. &quot;QEMU/KVM on host1&quot;</extracomment>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>Hypervisor kind: libvirt&apos;s built-in test driver (a fake host), as in &quot;Test on localhost&quot;</extracomment>
        <translation>テスト</translation>
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
        <translation>テスト: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Connection display name: %1 is the hypervisor kind (QEMU/KVM, Test, ...), %2 the host name or &quot;localhost&quot;</extracomment>
        <translation>%2 上の %1</translation>
    </message>
</context>
<context>
    <name>ConnectionWorker</name>
    <message>
        <source>The host closed the connection.</source>
        <translation>ホストが接続を閉じました。</translation>
    </message>
    <message>
        <source>The host stopped answering (keepalive timed out).</source>
        <translation>ホストが応答しなくなりました (keepalive タイムアウト)。</translation>
    </message>
    <message>
        <source>The connection failed with an I/O error.</source>
        <translation>I/O エラーにより接続に失敗しました。</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>接続が閉じられました。</translation>
    </message>
    <message>
        <source>The connection could not be opened.</source>
        <translation>接続を開けませんでした。</translation>
    </message>
    <message>
        <source>The connection to the host was lost.</source>
        <translation>ホストへの接続が失われました。</translation>
    </message>
</context>
<context>
    <name>ConsoleEndpoints</name>
    <message>
        <source>The virtual machine is not running.</source>
        <translation>仮想マシンは実行されていません。</translation>
    </message>
    <message>
        <source>This virtual machine has only a SPICE display; QVirt&apos;s console speaks VNC. Add a VNC display or use remote-viewer.</source>
        <translation>この仮想マシンには SPICE ディスプレイしかありませんが、QVirt のコンソールは VNC を使用します。VNC ディスプレイを追加するか、remote-viewer を使用してください。</translation>
    </message>
    <message>
        <source>This virtual machine has no graphical display.</source>
        <translation>この仮想マシンにはグラフィカルディスプレイがありません。</translation>
    </message>
    <message>
        <source>The VNC display has no TCP port and libvirt could not hand over its socket.</source>
        <translation>VNC ディスプレイに TCP ポートがなく、libvirt もそのソケットを引き渡せませんでした。</translation>
    </message>
    <message>
        <source>The SSH tunnel to the display could not start: %1</source>
        <translation>ディスプレイへの SSH トンネルを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>The VNC display listens only on the remote host&apos;s loopback address and this connection does not use SSH. Connect with qemu+ssh:// or make the display listen on a reachable address.</source>
        <translation>VNC ディスプレイはリモートホストのループバックアドレスでのみ待ち受けており、この接続は SSH を使用していません。qemu+ssh:// で接続するか、到達可能なアドレスで待ち受けるようにディスプレイを設定してください。</translation>
    </message>
    <message>
        <source>This virtual machine has no SPICE display.</source>
        <translation>この仮想マシンには SPICE ディスプレイがありません。</translation>
    </message>
    <message>
        <source>The SPICE display listens on no TCP port (only on a local socket or not at all), so Remote Viewer cannot reach it.</source>
        <translation>SPICE ディスプレイはどの TCP ポートでも待ち受けていない (ローカルソケットのみ、または待ち受けなし) ため、Remote Viewer から接続できません。</translation>
    </message>
    <message>
        <source>The SPICE display accepts only TLS connections, which QVirt cannot pass through SSH.</source>
        <translation>SPICE ディスプレイは TLS 接続しか受け付けませんが、QVirt は TLS 接続を SSH 経由で中継できません。</translation>
    </message>
    <message>
        <source>The SPICE display listens only on the remote host&apos;s loopback address and this connection does not use SSH. Connect with qemu+ssh:// or make the display listen on a reachable address.</source>
        <translation>SPICE ディスプレイはリモートホストのループバックアドレスでのみ待ち受けており、この接続は SSH を使用していません。qemu+ssh:// で接続するか、到達可能なアドレスで待ち受けるようにディスプレイを設定してください。</translation>
    </message>
    <message>
        <source>The SPICE display accepts only TLS connections, and QVirt cannot read the host&apos;s SPICE certificate authority to give Remote Viewer.</source>
        <translation>SPICE ディスプレイは TLS 接続しか受け付けませんが、QVirt はホストの SPICE 認証局 (CA) 証明書を読み取れないため、Remote Viewer に渡せません。</translation>
    </message>
</context>
<context>
    <name>ConsolePanel</name>
    <message>
        <source>Fit to window</source>
        <extracomment>Console scaling mode: scale the guest&apos;s screen to the window</extracomment>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation>実際のサイズ (1:1)</translation>
    </message>
    <message>
        <source>Resize guest to window</source>
        <translation>ゲストの解像度をウィンドウに合わせる</translation>
    </message>
    <message>
        <source>Scaling</source>
        <extracomment>Accessible name of the console&apos;s scaling mode menu</extracomment>
        <translation>拡大縮小</translation>
    </message>
    <message>
        <source>Encoding</source>
        <extracomment>Accessible name of the VNC encoding menu (Automatic, Raw, ZRLE, Tight)</extracomment>
        <translation>エンコーディング</translation>
    </message>
    <message>
        <source>Automatic uses raw pixels on local links (no lag, no decoding) and Tight on remote ones.</source>
        <translation>「自動」では、ローカル接続で Raw (無圧縮ピクセル、遅延なし、デコード不要)、リモート接続で Tight を使用します。</translation>
    </message>
    <message>
        <source>Send Key</source>
        <extracomment>Console toolbar button: menu of key combinations sent to the guest</extracomment>
        <translation>キー送信</translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <extracomment>Console toolbar button: save the guest&apos;s screen as an image</extracomment>
        <translation>スクリーンショット…</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <extracomment>Console toolbar button: show the console full screen</extracomment>
        <translation>全画面表示</translation>
    </message>
    <message>
        <source>Detach</source>
        <extracomment>Console toolbar button: move the console into a window of its own (not about devices)</extracomment>
        <translation>切り離す</translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>Console toolbar button: connect to the VM&apos;s display with the password entered</extracomment>
        <translation>接続</translation>
    </message>
    <message>
        <source>VNC password</source>
        <translation>VNC パスワード</translation>
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
        <translation>仮想マシンは実行されていません。画面を表示するには仮想マシンを起動してください。</translation>
    </message>
    <message>
        <source>Connecting to the display…</source>
        <translation>ディスプレイに接続中…</translation>
    </message>
    <message>
        <source>The console cannot open: %1</source>
        <translation>コンソールを開けません: %1</translation>
    </message>
    <message>
        <source>The VNC server refused the password. Enter the display&apos;s password.</source>
        <translation>VNC サーバーがパスワードを拒否しました。ディスプレイのパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The display closed (%1). Reconnecting…</source>
        <translation>ディスプレイが閉じられました (%1)。再接続中…</translation>
    </message>
    <message>
        <source>The console could not connect: %1</source>
        <translation>コンソールを接続できませんでした: %1</translation>
    </message>
    <message>
        <source>Connected · %1 · %2×%3 · %4 updates/s · %5 kB/s</source>
        <translation>接続済み · %1 · %2×%3 · 更新 %4 回/秒 · %5 kB/s</translation>
    </message>
    <message>
        <source>Keyboard grabbed: press Ctrl+Alt to release</source>
        <translation>キーボードをキャプチャ中: Ctrl+Alt で解除</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>Console status line: connecting to the VM&apos;s display</extracomment>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <extracomment>Console status line: not connected to the VM&apos;s display</extracomment>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>スクリーンショットの保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <extracomment>Title of the error box when a screenshot could not be saved</extracomment>
        <translation>スクリーンショット</translation>
    </message>
    <message>
        <source>The screenshot could not be saved to %1.</source>
        <translation>スクリーンショットを %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>The folder may not exist or not be writable.</source>
        <translation>フォルダーが存在しないか、書き込みできない可能性があります。</translation>
    </message>
    <message>
        <source>Choose another place.</source>
        <translation>別の場所を選択してください。</translation>
    </message>
    <message>
        <source>Leave Fullscreen</source>
        <translation>全画面表示を終了</translation>
    </message>
    <message>
        <source>JPEG quality </source>
        <extracomment>Prefix of a spin box showing a number 0-9; keep the trailing space if your language separates words</extracomment>
        <translation>JPEG 品質 </translation>
    </message>
    <message>
        <source>JPEG quality for Tight (0 smallest, 9 best)</source>
        <translation>Tight の JPEG 品質 (0 が最小、9 が最高)</translation>
    </message>
    <message>
        <source>The guest keeps its screen size: %1</source>
        <translation>ゲストは画面サイズを変更しません: %1</translation>
    </message>
    <message>
        <source>The guest was asked to take the window&apos;s size; it does once its display driver or agent follows.</source>
        <translation>ゲストにウィンドウのサイズを要求しました。ゲストのディスプレイドライバーまたはエージェントが応じると変更されます。</translation>
    </message>
    <message>
        <source>QVirt is shown through X forwarding, so every change of the console crosses the network as pixels. Run QVirt on your desktop with --connect qemu+ssh://user@host/system instead: the console then costs about 1/200 of this bandwidth.</source>
        <translation>QVirt は X 転送で表示されているため、コンソールの変化はすべてピクセルとしてネットワークを流れます。代わりにデスクトップで QVirt を --connect qemu+ssh://user@host/system 付きで実行してください。コンソールの通信量は約 1/200 になります。</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>このお知らせを隠す</translation>
    </message>
    <message>
        <source>Use Tight Encoding</source>
        <translation>Tight エンコーディングを使用</translation>
    </message>
    <message>
        <source>Keep</source>
        <extracomment>Button of the slow-link note: keep the current VNC encoding</extracomment>
        <translation>このまま</translation>
    </message>
    <message>
        <source>Keep the current encoding and hide this note</source>
        <translation>現在のエンコーディングのままにして、このお知らせを隠す</translation>
    </message>
    <message>
        <source>This display&apos;s link carries raw pixels at only %1 MB/s, so the screen lags behind the guest. Tight encoding sends about a tenth of the data.</source>
        <translation>このディスプレイの接続では無圧縮ピクセルが %1 MB/s でしか転送されないため、画面表示がゲストより遅れます。Tight エンコーディングなら、送信するデータ量は約 10 分の 1 になります。</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <extracomment>Console toolbar button (on/off): share the clipboard with the VM</extracomment>
        <translation>クリップボード</translation>
    </message>
    <message>
        <source>Share the clipboard with this virtual machine</source>
        <translation>この仮想マシンとクリップボードを共有する</translation>
    </message>
    <message>
        <source>Clipboard sharing is off. It is off by default for virtual machines on other hosts; turn it on to copy and paste between this virtual machine and your desktop.</source>
        <translation>クリップボードの共有はオフです。他のホスト上の仮想マシンでは、既定でオフになっています。この仮想マシンとデスクトップの間でコピーと貼り付けを行うには、オンにしてください。</translation>
    </message>
    <message>
        <source>Clipboard sharing is off for this virtual machine: nothing you copy reaches it, and nothing it copies reaches your desktop.</source>
        <translation>この仮想マシンではクリップボードの共有がオフです。デスクトップでコピーした内容は仮想マシンに届かず、仮想マシンでコピーした内容もデスクトップに届きません。</translation>
    </message>
    <message>
        <source>Clipboard sharing is on, but this virtual machine has no clipboard channel (qemu-vdagent), so the guest receives nothing. Add one from this button&apos;s menu; it works after the virtual machine&apos;s next start, with spice-vdagent running in the guest.</source>
        <translation>クリップボードの共有はオンですが、この仮想マシンにはクリップボードチャネル (qemu-vdagent) がないため、ゲストには何も届きません。このボタンのメニューから追加してください。仮想マシンの次回起動後、ゲストで spice-vdagent が実行されていれば機能します。</translation>
    </message>
    <message>
        <source>Copy and paste between this virtual machine and your desktop. Text you copy on the desktop reaches the guest when you come back to this console, not before.</source>
        <translation>この仮想マシンとデスクトップの間でコピーと貼り付けを行います。デスクトップでコピーしたテキストは、このコンソールに戻った時点でゲストに届きます (それより前には届きません)。</translation>
    </message>
    <message>
        <source>Add a Clipboard Channel to This Virtual Machine</source>
        <translation>この仮想マシンにクリップボードチャネルを追加</translation>
    </message>
    <message>
        <source>Clipboard Channel</source>
        <extracomment>Title of the error box when the clipboard channel could not be added</extracomment>
        <translation>クリップボードチャネル</translation>
    </message>
    <message>
        <source>The clipboard channel could not be added.</source>
        <translation>クリップボードチャネルを追加できませんでした。</translation>
    </message>
    <message>
        <source>The definition was not changed. Check the message, then try again.</source>
        <translation>定義は変更されていません。メッセージを確認してから、もう一度試してください。</translation>
    </message>
    <message>
        <source>The clipboard channel was added to the definition. It works after the virtual machine is shut down and started again (a reboot inside the guest is not enough), with spice-vdagent running in the guest.</source>
        <translation>クリップボードチャネルを定義に追加しました。仮想マシンをシャットダウンして再度起動すると機能します (ゲスト内での再起動では不十分です)。ゲストで spice-vdagent が実行されている必要があります。</translation>
    </message>
    <message>
        <source>The connection to the host is not open. The console connects by itself once it is.</source>
        <translation>ホストへの接続が開かれていません。接続が開かれると、コンソールは自動的に接続します。</translation>
    </message>
</context>
<context>
    <name>ConsoleTyping</name>
    <message>
        <source>Type Clipboard Text</source>
        <extracomment>Console send-key menu: type the text of the clipboard into the VM as key presses
----------
Title of a message about typing text into the VM</extracomment>
        <translation>クリップボードのテキストをキー入力</translation>
    </message>
    <message>
        <source>Type Text…</source>
        <extracomment>Console send-key menu: open a dialog to enter text that is typed into the VM</extracomment>
        <translation>テキストをキー入力…</translation>
    </message>
    <message>
        <source>Guest Keyboard Layout</source>
        <extracomment>Console send-key menu: submenu choosing the keyboard layout the VM&apos;s system uses</extracomment>
        <translation>ゲストのキーボードレイアウト</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button that stops typing text into the VM</extracomment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop typing into the guest</source>
        <translation>ゲストへのキー入力を中止する</translation>
    </message>
    <message>
        <source>Typing progress</source>
        <translation>キー入力の進行状況</translation>
    </message>
    <message numerus="yes">
        <source>Typing %n character(s) into the guest…</source>
        <translation>
            <numerusform>ゲストに %n 文字を入力中…</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to type.</source>
        <translation>クリップボードに入力できるテキストがありません。</translation>
    </message>
    <message>
        <source>Type Text</source>
        <extracomment>Title of a message about typing text into the VM
----------
Title of the question before typing text into the VM</extracomment>
        <translation>テキストのキー入力</translation>
    </message>
    <message>
        <source>None of this text can be typed with the %1 keyboard layout: %2</source>
        <translation>%1 のキーボードレイアウトでは、このテキストの文字を 1 つも入力できません: %2</translation>
    </message>
    <message numerus="yes">
        <source>QVirt is about to type %n character(s) into the guest.</source>
        <translation>
            <numerusform>QVirt はこれからゲストに %n 文字を入力します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes about %n second(s).</source>
        <translation>
            <numerusform>所要時間は約 %n 秒です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes about %n minute(s).</source>
        <translation>
            <numerusform>所要時間は約 %n 分です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each line ends with Enter: a shell or an installer acts on every line as soon as it is typed.</source>
        <translation>各行の末尾で Enter が押されます。シェルやインストーラーは、行が入力されるたびにすぐその行を実行します。</translation>
    </message>
    <message>
        <source>The %1 keyboard layout cannot type these characters, so they are left out: %2</source>
        <translation>%1 のキーボードレイアウトでは次の文字を入力できないため、これらは省略されます: %2</translation>
    </message>
    <message>
        <source>The VM&apos;s display translates keys with QEMU&apos;s &quot;%1&quot; keymap, which does not match the %2 layout chosen here, so some characters may come out wrong. Choose the layout of that keymap, or remove the keymap from the VM&apos;s display.</source>
        <translation>仮想マシンのディスプレイは QEMU のキーマップ「%1」でキーを変換しますが、このキーマップはここで選択した %2 のレイアウトと一致しないため、一部の文字が正しく入力されない可能性があります。そのキーマップに対応するレイアウトを選択するか、仮想マシンのディスプレイからキーマップを削除してください。</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Button that starts typing the text into the VM</extracomment>
        <translation>入力</translation>
    </message>
    <message>
        <source>The console is no longer connected to the VM&apos;s display, so nothing was typed.</source>
        <translation>コンソールが仮想マシンのディスプレイから切断されたため、何も入力されませんでした。</translation>
    </message>
</context>
<context>
    <name>CpuForm</name>
    <message>
        <source>Maximum virtual CPUs:</source>
        <translation>仮想 CPU の最大数:</translation>
    </message>
    <message>
        <source>Virtual CPUs now:</source>
        <translation>現在の仮想 CPU 数:</translation>
    </message>
    <message numerus="yes">
        <source>The host has %n logical CPU(s).</source>
        <translation>
            <numerusform>ホストには論理 CPU が %n 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU model:</source>
        <translation>CPU モデル:</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>ハイパーバイザーの既定値</translation>
    </message>
    <message>
        <source>Copy the host CPU (host-model)</source>
        <translation>ホストの CPU をコピー (host-model)</translation>
    </message>
    <message>
        <source>Pass the host CPU through (host-passthrough)</source>
        <translation>ホストの CPU をパススルー (host-passthrough)</translation>
    </message>
    <message>
        <source>Named model</source>
        <translation>モデルを指定</translation>
    </message>
    <message>
        <source>Model name:</source>
        <translation>モデル名:</translation>
    </message>
    <message>
        <source>Copy the host CPU model</source>
        <translation>ホストの CPU モデルをコピー</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>トポロジー:</translation>
    </message>
    <message>
        <source>Set sockets, cores and threads by hand</source>
        <translation>ソケット数、コア数、スレッド数を手動で設定する</translation>
    </message>
    <message>
        <source>Sockets:</source>
        <translation>ソケット数:</translation>
    </message>
    <message>
        <source>Cores per socket:</source>
        <translation>ソケットあたりのコア数:</translation>
    </message>
    <message>
        <source>Threads per core:</source>
        <translation>コアあたりのスレッド数:</translation>
    </message>
    <message>
        <source>Enter the name of a CPU model, or choose another CPU model setting.</source>
        <translation>CPU モデルの名前を入力するか、別の CPU モデル設定を選択してください。</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>User name:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Password or passphrase:</source>
        <translation>パスワードまたはパスフレーズ:</translation>
    </message>
    <message>
        <source>Realm:</source>
        <extracomment>Authentication realm (SASL/Kerberos) a host asks for</extracomment>
        <translation>レルム:</translation>
    </message>
    <message>
        <source>Authentication Required</source>
        <translation>認証が必要です</translation>
    </message>
    <message>
        <source>%1 asks for credentials.</source>
        <translation>%1 が認証情報を要求しています。</translation>
    </message>
</context>
<context>
    <name>CustomizeDialog</name>
    <message>
        <source>Customize the new VM</source>
        <translation>新しい仮想マシンのカスタマイズ</translation>
    </message>
    <message>
        <source>The VM is not created yet. Change its hardware here, apply each change, then begin the installation.</source>
        <translation>仮想マシンはまだ作成されていません。ここでハードウェアを変更し、変更をそれぞれ適用してから、インストールを開始してください。</translation>
    </message>
    <message>
        <source>&amp;Begin Installation</source>
        <translation>インストールを開始(&amp;B)</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Also delete the selected disk images</source>
        <translation>選択したディスクイメージも削除する</translation>
    </message>
    <message>
        <source>Delete Virtual Machines</source>
        <translation>仮想マシンの削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? Its definition, managed save, snapshot metadata and UEFI variables are removed.</source>
        <translation>
            <numerusform>%1 を削除しますか? 定義、マネージド保存、スナップショットのメタデータ、UEFI 変数が削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Running now, will be forced off first: %1</source>
        <translation>実行中のため、先に強制電源オフします: %1</translation>
    </message>
    <message>
        <source>Disk images</source>
        <translation>ディスクイメージ</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Column header: path of a disk image file</extracomment>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Format</source>
        <extracomment>Column header: disk image format (qcow2, raw ...), not the verb</extracomment>
        <translation>形式</translation>
    </message>
    <message>
        <source>Used by other virtual machines</source>
        <translation>他の仮想マシンで使用中</translation>
    </message>
    <message>
        <source>Looking up the disk images and their backing chains…</source>
        <translation>ディスクイメージとそのバッキングチェーンを検索しています…</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button: delete the virtual machines (and the ticked disk images)</extracomment>
        <translation>削除</translation>
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
        <translation>%1 (バッキングファイル)</translation>
    </message>
    <message>
        <source>Deleting this image breaks the virtual machines that use it.</source>
        <translation>このイメージを削除すると、これを使用している仮想マシンが動作しなくなります。</translation>
    </message>
    <message>
        <source>%1: the disk images could not be listed: %2</source>
        <translation>%1: ディスクイメージを一覧表示できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n disk image(s) found. Nothing is deleted unless you tick the box above.</source>
        <translation>
            <numerusform>%n 個のディスクイメージが見つかりました。上のチェックボックスをオンにしない限り、何も削除されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>No disk images found.</source>
        <translation>ディスクイメージが見つかりません。</translation>
    </message>
</context>
<context>
    <name>DiskForm</name>
    <message>
        <source>Target:</source>
        <translation>ターゲット:</translation>
    </message>
    <message>
        <source>Storage type:</source>
        <translation>ストレージの種類:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>メディア:</translation>
    </message>
    <message>
        <source>No media; enter the path of an ISO image to insert it.</source>
        <translation>メディアがありません。挿入するには ISO イメージのパスを入力してください。</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>取り出し</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>挿入</translation>
    </message>
    <message>
        <source>Eject and Insert change the running VM&apos;s drive and its definition at once.</source>
        <translation>「取り出し」と「挿入」は、実行中の仮想マシンのドライブとその定義を即座に変更します。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>バス:</translation>
    </message>
    <message>
        <source>Cache mode:</source>
        <translation>キャッシュモード:</translation>
    </message>
    <message>
        <source>Discard:</source>
        <translation>Discard (TRIM):</translation>
    </message>
    <message>
        <source>Read-only:</source>
        <translation>読み取り専用:</translation>
    </message>
    <message>
        <source>Change the settings of the disk %1.</source>
        <translation>ディスク %1 の設定を変更します。</translation>
    </message>
</context>
<context>
    <name>DisplayBackupStore</name>
    <message>
        <source>The folder %1 for the copy of the definition cannot be made: %2</source>
        <translation>定義のコピーを保存するフォルダー %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>The copy of the definition cannot be written to %1: %2</source>
        <translation>定義のコピーを %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The copy of the definition %1 cannot be removed: %2</source>
        <translation>定義のコピー %1 を削除できません: %2</translation>
    </message>
</context>
<context>
    <name>DisplaySwitchDialog</name>
    <message>
        <source>The SPICE display becomes a VNC display on the host&apos;s loopback address (127.0.0.1), on a port chosen when the virtual machine starts.</source>
        <translation>SPICE ディスプレイは、ホストのループバックアドレス (127.0.0.1) で待ち受ける VNC ディスプレイになります。ポートは仮想マシンの起動時に割り当てられます。</translation>
    </message>
    <message>
        <source>Its password stays.</source>
        <translation>パスワードはそのまま引き継がれます。</translation>
    </message>
    <message>
        <source>Its keyboard layout (%1) stays.</source>
        <translation>キーボードレイアウト (%1) はそのまま引き継がれます。</translation>
    </message>
    <message>
        <source>The SPICE display is removed; the VNC display the virtual machine already has stays as it is.</source>
        <translation>SPICE ディスプレイは削除されます。仮想マシンにすでにある VNC ディスプレイはそのまま残ります。</translation>
    </message>
    <message>
        <source>SPICE&apos;s OpenGL rendering moves to a headless OpenGL display (egl-headless), so 3D acceleration keeps working.</source>
        <translation>SPICE の OpenGL レンダリングはヘッドレス OpenGL ディスプレイ (egl-headless) に移るため、3D アクセラレーションは引き続き機能します。</translation>
    </message>
    <message>
        <source>SPICE&apos;s OpenGL rendering moves to a headless OpenGL display (egl-headless) on %1, so 3D acceleration keeps working.</source>
        <translation>SPICE の OpenGL レンダリングは %1 上のヘッドレス OpenGL ディスプレイ (egl-headless) に移るため、3D アクセラレーションは引き続き機能します。</translation>
    </message>
    <message>
        <source>The QXL video device becomes VGA, which every x86 guest drives without extra drivers.</source>
        <translation>QXL ビデオデバイスは VGA になります。VGA は、どの x86 ゲストでも追加のドライバーなしで動作します。</translation>
    </message>
    <message>
        <source>The additional QXL video device becomes a virtio video device.</source>
        <translation>追加の QXL ビデオデバイスは virtio ビデオデバイスになります。</translation>
    </message>
    <message>
        <source>The SPICE agent channel becomes QEMU&apos;s own agent channel (qemu-vdagent), so the guest&apos;s spice-vdagent keeps sharing the clipboard with the console.</source>
        <translation>SPICE エージェントチャネルは QEMU 独自のエージェントチャネル (qemu-vdagent) になるため、ゲストの spice-vdagent は引き続きコンソールとクリップボードを共有します。</translation>
    </message>
    <message>
        <source>The SPICE channel %1 is removed.</source>
        <translation>SPICE チャネル %1 は削除されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n USB redirection device(s) that work only through SPICE are removed.</source>
        <translation>
            <numerusform>SPICE 経由でのみ機能する USB リダイレクトデバイス %n 個は削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The smartcard passed through SPICE is removed.</source>
        <translation>SPICE 経由でパススルーされているスマートカードは削除されます。</translation>
    </message>
    <message>
        <source>Sound that went to the SPICE client goes nowhere (audio type &quot;none&quot;); the guest keeps its sound card.</source>
        <translation>SPICE クライアントに送られていたサウンドは、どこにも出力されなくなります (オーディオの種類「none」)。ゲストのサウンドカードはそのまま残ります。</translation>
    </message>
    <message>
        <source>The serial port that goes through SPICE is removed.</source>
        <translation>SPICE 経由のシリアルポートは削除されます。</translation>
    </message>
    <message>
        <source>The text console that goes through SPICE is removed.</source>
        <translation>SPICE 経由のテキストコンソールは削除されます。</translation>
    </message>
    <message>
        <source>The parallel port that goes through SPICE is removed.</source>
        <translation>SPICE 経由のパラレルポートは削除されます。</translation>
    </message>
    <message>
        <source>The channel that goes through a SPICE port is removed.</source>
        <translation>SPICE ポート経由のチャネルは削除されます。</translation>
    </message>
    <message>
        <source>Switch Display to VNC</source>
        <extracomment>Window title of the dialog that switches a VM&apos;s display from SPICE to VNC</extracomment>
        <translation>ディスプレイを VNC に切り替え</translation>
    </message>
    <message>
        <source>Switching the display of &quot;%1&quot; to VNC makes these changes to its definition; nothing else changes:</source>
        <translation>「%1」のディスプレイを VNC に切り替えると、定義に次の変更が加えられます。それ以外は何も変更されません:</translation>
    </message>
    <message>
        <source>Changes to the definition</source>
        <translation>定義の変更内容</translation>
    </message>
    <message>
        <source>The change takes effect the next time the virtual machine starts.</source>
        <translation>変更は仮想マシンの次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>QVirt keeps the current definition, so &quot;Go Back to SPICE&quot; in the console&apos;s toolbar can restore it exactly.</source>
        <translation>QVirt は現在の定義を保持するため、コンソールのツールバーの「SPICE に戻す」で元の定義をそのまま復元できます。</translation>
    </message>
    <message>
        <source>Switch to VNC</source>
        <extracomment>Button that confirms switching the VM&apos;s display from SPICE to VNC</extracomment>
        <translation>VNC に切り替え</translation>
    </message>
</context>
<context>
    <name>DomainCreation</name>
    <message>
        <source>The disk %1 could not be created in the storage pool %2: %3</source>
        <translation>ストレージプール %2 にディスク %1 を作成できませんでした: %3</translation>
    </message>
    <message>
        <source>The installer&apos;s kernel or initrd could not be copied into the storage pool %1: %2 Nothing was created.</source>
        <translation>インストーラーのカーネルまたは initrd をストレージプール %1 にコピーできませんでした: %2 何も作成されていません。</translation>
    </message>
    <message>
        <source>The installer&apos;s kernel or initrd could not be copied into the storage pool %1: %2 These volumes could not be removed again: %3</source>
        <translation>インストーラーのカーネルまたは initrd をストレージプール %1 にコピーできませんでした: %2 次のボリュームを削除できませんでした: %3</translation>
    </message>
    <message>
        <source>libvirt refused the new VM&apos;s definition: %1 Nothing was created.</source>
        <translation>libvirt が新しい仮想マシンの定義を拒否しました: %1 何も作成されていません。</translation>
    </message>
    <message>
        <source>libvirt refused the new VM&apos;s definition: %1 These volumes QVirt made for it could not be removed again: %2</source>
        <translation>libvirt が新しい仮想マシンの定義を拒否しました: %1 QVirt がこの仮想マシン用に作成した次のボリュームを削除できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>DomainDefinitions</name>
    <message>
        <source>The definition names the UUID %1, but this virtual machine&apos;s UUID is %2. Saving it would define a second virtual machine; put back the UUID %2.</source>
        <translation>定義には UUID %1 が指定されていますが、この仮想マシンの UUID は %2 です。このまま保存すると 2 台目の仮想マシンが定義されてしまいます。UUID を %2 に戻してください。</translation>
    </message>
    <message>
        <source>The definition names the virtual machine &quot;%1&quot;, but it is called &quot;%2&quot;. libvirt does not rename a virtual machine through its definition: put back the name &quot;%2&quot; and rename it from the list of virtual machines.</source>
        <translation>定義には仮想マシン名「%1」が指定されていますが、この仮想マシンの名前は「%2」です。libvirt は定義を通じて仮想マシンの名前を変更しません。名前を「%2」に戻し、仮想マシンの一覧から名前を変更してください。</translation>
    </message>
</context>
<context>
    <name>DomainDevices</name>
    <message>
        <source>This setting cannot change while the VM runs.</source>
        <translation>この設定は仮想マシンの実行中には変更できません。</translation>
    </message>
    <message>
        <source>libvirt refused to change the running VM.</source>
        <translation>libvirt が実行中の仮想マシンの変更を拒否しました。</translation>
    </message>
    <message>
        <source>the removal was requested and is waiting for the guest</source>
        <translation>取り外しを要求し、ゲストの応答を待っています</translation>
    </message>
</context>
<context>
    <name>DomainLifecycle</name>
    <message>
        <source>The disk image %1 has a file name that is not valid UTF-8, and QEMU cannot open such a file. Rename it and point its overlay at the new name (qemu-img rebase -u), or merge it out of the chain while the virtual machine is off.</source>
        <translation>ディスクイメージ %1 のファイル名は有効な UTF-8 ではないため、QEMU はこのファイルを開けません。名前を変更してオーバーレイを新しい名前に向ける (qemu-img rebase -u) か、仮想マシンの停止中にチェーンからマージして取り除いてください。</translation>
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
        <translation>実行中</translation>
    </message>
    <message>
        <source>Idle</source>
        <comment>domain state (blocked on I/O)</comment>
        <translation>アイドル</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>domain state</comment>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <comment>domain state</comment>
        <translation>シャットダウン中</translation>
    </message>
    <message>
        <source>Shut off</source>
        <comment>domain state</comment>
        <translation>停止</translation>
    </message>
    <message>
        <source>Crashed</source>
        <comment>domain state</comment>
        <translation>クラッシュ</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>domain state (guest power management)</comment>
        <extracomment>The guest put itself to sleep (suspend to RAM, ACPI S3), like a laptop; not the same as Paused</extracomment>
        <translation>スリープ中</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header of the virtual machine list</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header of the virtual machine list: running, paused, shut off ...</extracomment>
        <translation>状態</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <extracomment>Column header of the virtual machine list</extracomment>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory</source>
        <extracomment>Column header of the virtual machine list: the VM&apos;s RAM</extracomment>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <extracomment>Column header of the virtual machine list: number of virtual CPUs</extracomment>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Autostart</source>
        <extracomment>Column header of the virtual machine list: whether the VM starts when the host boots</extracomment>
        <translation>自動起動</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Virtual machine list: %1 is the VM&apos;s name, %2 its title</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>domain state: managed save image exists</comment>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Autostart column: the VM starts when the host boots (the cell stays empty otherwise)</extracomment>
        <translation>はい</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <extracomment>Column header of the virtual machine list: bytes read from and written to the VM&apos;s disks per second</extracomment>
        <translation>ディスク I/O</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <extracomment>Column header of the virtual machine list: bytes received and sent by the VM&apos;s network interfaces per second</extracomment>
        <translation>ネットワーク I/O</translation>
    </message>
    <message>
        <source>Read %1, written %2</source>
        <translation>読み取り %1、書き込み %2</translation>
    </message>
    <message>
        <source>Received %1, sent %2</source>
        <translation>受信 %1、送信 %2</translation>
    </message>
</context>
<context>
    <name>DomainXml</name>
    <message>
        <source>The domain XML cannot be read: %1 (line %2, column %3).</source>
        <translation>ドメイン XML を読み取れません: %1 (%2 行目、%3 列目)。</translation>
    </message>
    <message>
        <source>The XML is not a libvirt domain: its root element is &lt;%1&gt;, not &lt;domain&gt;.</source>
        <translation>この XML は libvirt のドメインではありません: ルート要素が &lt;domain&gt; ではなく &lt;%1&gt; です。</translation>
    </message>
</context>
<context>
    <name>GroupBinding</name>
    <message>
        <source>Bind to vfio-pci</source>
        <translation>vfio-pci にバインド</translation>
    </message>
    <message>
        <source>Give Back to Host Driver</source>
        <translation>ホストのドライバーに戻す</translation>
    </message>
    <message>
        <source>Bind these devices to vfio-pci? The host stops using them until they are given back:
%1</source>
        <translation>これらのデバイスを vfio-pci にバインドしますか? 戻すまで、ホストはこれらのデバイスを使用しなくなります:
%1</translation>
    </message>
    <message>
        <source>Give these devices back to their host drivers? A VM that uses them takes them back when it starts if libvirt manages them; otherwise bind them to vfio-pci again first:
%1</source>
        <translation>これらのデバイスをホストのドライバーに戻しますか? libvirt が管理している場合、これらを使用する仮想マシンは起動時に自動的に取り戻します。そうでない場合は、先に再び vfio-pci にバインドしてください:
%1</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Confirmation button: bind the devices to the vfio-pci driver (take them away from the host)</extracomment>
        <translation>バインド</translation>
    </message>
    <message>
        <source>Give Back</source>
        <extracomment>Confirmation button: give the devices back to their host drivers</extracomment>
        <translation>戻す</translation>
    </message>
    <message>
        <source>Not every device could be bound to vfio-pci.</source>
        <translation>一部のデバイスを vfio-pci にバインドできませんでした。</translation>
    </message>
    <message>
        <source>Not every device could be given back to its host driver.</source>
        <translation>一部のデバイスをホストのドライバーに戻せませんでした。</translation>
    </message>
</context>
<context>
    <name>GuestUsageModel</name>
    <message>
        <source>Name</source>
        <extracomment>Column of the host&apos;s table of running guests: the virtual machine&apos;s name</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>CPU</source>
        <extracomment>Column of the host&apos;s table of running guests: CPU usage of the guest&apos;s own vCPUs</extracomment>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <extracomment>Column of the host&apos;s table of running guests: memory in use</extracomment>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <extracomment>Column of the host&apos;s table of running guests: disk reads and writes per second</extracomment>
        <translation>ディスク I/O</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <extracomment>Column of the host&apos;s table of running guests: network traffic (received and sent) per second</extracomment>
        <translation>ネットワーク I/O</translation>
    </message>
</context>
<context>
    <name>HardwareChanges</name>
    <message>
        <source>The device is no longer in the definition; reload the page and try again.</source>
        <translation>このデバイスはもう定義にありません。ページを再読み込みしてから、もう一度試してください。</translation>
    </message>
    <message>
        <source>This setting cannot change while the VM runs.</source>
        <translation>この設定は仮想マシンの実行中には変更できません。</translation>
    </message>
    <message>
        <source>%1 Not done: %2</source>
        <translation>%1 実行されませんでした: %2</translation>
    </message>
    <message>
        <source>%1 Saved; the VM has it when it starts.</source>
        <translation>%1 保存しました。仮想マシンの次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>%1 Done on the running VM and saved.</source>
        <translation>%1 実行中の仮想マシンに反映し、保存しました。</translation>
    </message>
    <message>
        <source>%1 Saved; takes effect after the VM is shut down and started again (%2).</source>
        <translation>%1 保存しました。仮想マシンをシャットダウンして再度起動すると反映されます (%2)。</translation>
    </message>
    <message>
        <source>%1 Saved; the guest has not released the device yet, so it stays in the running VM until the guest lets it go or the VM is shut down (%2).</source>
        <translation>%1 保存しました。ゲストがまだデバイスを解放していないため、ゲストが解放するか仮想マシンがシャットダウンされるまで、デバイスは実行中の仮想マシンに残ります (%2)。</translation>
    </message>
    <message>
        <source>Change the title.</source>
        <translation>タイトルを変更します。</translation>
    </message>
    <message>
        <source>Change the description.</source>
        <translation>説明を変更します。</translation>
    </message>
    <message>
        <source>Change the machine type to %1.</source>
        <translation>マシンタイプを %1 に変更します。</translation>
    </message>
    <message>
        <source>Boot with UEFI firmware.</source>
        <translation>UEFI ファームウェアで起動します。</translation>
    </message>
    <message>
        <source>Boot with BIOS firmware.</source>
        <translation>BIOS ファームウェアで起動します。</translation>
    </message>
    <message>
        <source>The maximum number of virtual CPUs is fixed while the VM runs.</source>
        <translation>仮想マシンの実行中は、仮想 CPU の最大数を変更できません。</translation>
    </message>
    <message>
        <source>Set the maximum number of virtual CPUs to %1.</source>
        <translation>仮想 CPU の最大数を %1 に設定します。</translation>
    </message>
    <message>
        <source>Set the number of virtual CPUs to %1.</source>
        <translation>仮想 CPU 数を %1 に設定します。</translation>
    </message>
    <message>
        <source>Sockets, cores and threads must each be at least 1.</source>
        <translation>ソケット数、コア数、スレッド数はそれぞれ 1 以上にしてください。</translation>
    </message>
    <message>
        <source>%1 sockets × %2 cores × %3 threads make %4 CPUs, but the VM has a maximum of %5 virtual CPUs.</source>
        <translation>%1 ソケット × %2 コア × %3 スレッドで %4 個の CPU になりますが、この仮想マシンの仮想 CPU の最大数は %5 個です。</translation>
    </message>
    <message>
        <source>Change the CPU model and topology.</source>
        <translation>CPU モデルとトポロジーを変更します。</translation>
    </message>
    <message>
        <source>The maximum memory is fixed while the VM runs.</source>
        <translation>仮想マシンの実行中は、最大メモリーを変更できません。</translation>
    </message>
    <message>
        <source>Set the maximum memory to %1 MiB.</source>
        <translation>最大メモリーを %1 MiB に設定します。</translation>
    </message>
    <message>
        <source>Set the memory to %1 MiB.</source>
        <translation>メモリーを %1 MiB に設定します。</translation>
    </message>
    <message>
        <source>The boot order is read when the VM starts.</source>
        <translation>起動順序は仮想マシンの起動時に読み込まれます。</translation>
    </message>
    <message>
        <source>Change the boot order.</source>
        <translation>起動順序を変更します。</translation>
    </message>
    <message>
        <source>The kernel is loaded when the VM starts.</source>
        <translation>カーネルは仮想マシンの起動時に読み込まれます。</translation>
    </message>
    <message>
        <source>Turn direct kernel boot off.</source>
        <translation>カーネルの直接起動をオフにします。</translation>
    </message>
    <message>
        <source>Boot the kernel %1 directly.</source>
        <translation>カーネル %1 を直接起動します。</translation>
    </message>
    <message>
        <source>This kind of device cannot be added while the VM runs.</source>
        <translation>この種類のデバイスは、仮想マシンの実行中には追加できません。</translation>
    </message>
    <message>
        <source>The new device&apos;s XML cannot be read.</source>
        <translation>新しいデバイスの XML を読み取れません。</translation>
    </message>
    <message>
        <source>Add the CD-ROM drive %1.</source>
        <translation>CD-ROM ドライブ %1 を追加します。</translation>
    </message>
    <message>
        <source>Add the disk %1.</source>
        <translation>ディスク %1 を追加します。</translation>
    </message>
    <message>
        <source>Add the network interface %1.</source>
        <translation>ネットワークインターフェイス %1 を追加します。</translation>
    </message>
    <message>
        <source>This kind of device cannot be removed while the VM runs.</source>
        <translation>この種類のデバイスは、仮想マシンの実行中には取り外せません。</translation>
    </message>
    <message>
        <source>Eject the media of %1.</source>
        <translation>%1 のメディアを取り出します。</translation>
    </message>
    <message>
        <source>Insert %1 into %2.</source>
        <translation>%1 を %2 に挿入します。</translation>
    </message>
    <message>
        <source>Connect the link of %1.</source>
        <translation>%1 のリンクを接続します。</translation>
    </message>
    <message>
        <source>Disconnect the link of %1.</source>
        <translation>%1 のリンクを切断します。</translation>
    </message>
    <message>
        <source>This device&apos;s settings are read when the VM starts.</source>
        <translation>このデバイスの設定は仮想マシンの起動時に読み込まれます。</translation>
    </message>
</context>
<context>
    <name>HardwareEditor</name>
    <message>
        <source>The VM&apos;s definition could not be read: %1</source>
        <translation>仮想マシンの定義を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>Boot options</source>
        <translation>起動オプション</translation>
    </message>
    <message>
        <source>CD-ROM drive %1</source>
        <translation>CD-ROM ドライブ %1</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>ディスク %1</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>NIC %1</translation>
    </message>
    <message>
        <source>Display %1</source>
        <translation>ディスプレイ %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>ビデオ %1</translation>
    </message>
    <message>
        <source>Sound %1</source>
        <translation>サウンド %1</translation>
    </message>
    <message>
        <source>Input %1 (%2)</source>
        <translation>入力 %1 (%2)</translation>
    </message>
    <message>
        <source>Serial port %1</source>
        <translation>シリアルポート %1</translation>
    </message>
    <message>
        <source>Console %1</source>
        <translation>コンソール %1</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>ウォッチドッグ</translation>
    </message>
    <message>
        <source>Random number generator</source>
        <translation>乱数発生器</translation>
    </message>
    <message>
        <source>USB redirection %1</source>
        <translation>USB リダイレクト %1</translation>
    </message>
    <message>
        <source>Host devices</source>
        <translation>ホストデバイス</translation>
    </message>
    <message>
        <source>The changes could not be applied: %1</source>
        <translation>変更を適用できませんでした: %1</translation>
    </message>
    <message>
        <source>Unapplied hardware changes</source>
        <translation>未適用のハードウェアの変更</translation>
    </message>
    <message>
        <source>The hardware of this VM has changes that were not applied. Discard them?</source>
        <translation>この仮想マシンのハードウェアには適用されていない変更があります。破棄しますか?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Remove %1.</source>
        <extracomment>%1 is a device as the list names it (&quot;Disk vdb&quot;, &quot;Sound ich9&quot;)</extracomment>
        <translation>%1 を取り外します。</translation>
    </message>
    <message>
        <source>Add a CD-ROM drive</source>
        <translation>CD-ROM ドライブの追加</translation>
    </message>
    <message>
        <source>Add a disk</source>
        <translation>ディスクの追加</translation>
    </message>
    <message>
        <source>An ISO image, or empty for a drive without media</source>
        <translation>ISO イメージ (メディアなしのドライブにする場合は空欄)</translation>
    </message>
    <message>
        <source>/var/lib/libvirt/images/disk.qcow2</source>
        <translation>/var/lib/libvirt/images/disk.qcow2</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>メディア:</translation>
    </message>
    <message>
        <source>Image or block device:</source>
        <translation>イメージまたはブロックデバイス:</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>バス:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Disk…</source>
        <translation>ディスク…</translation>
    </message>
    <message>
        <source>CD-ROM drive…</source>
        <translation>CD-ROM ドライブ…</translation>
    </message>
    <message>
        <source>Network interface on the default network</source>
        <translation>default ネットワーク上のネットワークインターフェイス</translation>
    </message>
    <message>
        <source>Network interface in user mode</source>
        <translation>ユーザーモードのネットワークインターフェイス</translation>
    </message>
    <message>
        <source>VNC display</source>
        <translation>VNC ディスプレイ</translation>
    </message>
    <message>
        <source>Add a VNC display.</source>
        <translation>VNC ディスプレイを追加します。</translation>
    </message>
    <message>
        <source>SPICE display</source>
        <translation>SPICE ディスプレイ</translation>
    </message>
    <message>
        <source>Add a SPICE display.</source>
        <translation>SPICE ディスプレイを追加します。</translation>
    </message>
    <message>
        <source>Video (virtio)</source>
        <translation>ビデオ (virtio)</translation>
    </message>
    <message>
        <source>Add a virtio video device.</source>
        <translation>virtio ビデオデバイスを追加します。</translation>
    </message>
    <message>
        <source>Sound (ICH9)</source>
        <translation>サウンド (ICH9)</translation>
    </message>
    <message>
        <source>Add an ICH9 sound device.</source>
        <translation>ICH9 サウンドデバイスを追加します。</translation>
    </message>
    <message>
        <source>Tablet (USB)</source>
        <translation>タブレット (USB)</translation>
    </message>
    <message>
        <source>Add a USB tablet.</source>
        <translation>USB タブレットを追加します。</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>シリアルポート</translation>
    </message>
    <message>
        <source>Add a serial port.</source>
        <translation>シリアルポートを追加します。</translation>
    </message>
    <message>
        <source>Console (virtio)</source>
        <translation>コンソール (virtio)</translation>
    </message>
    <message>
        <source>Add a virtio console.</source>
        <translation>virtio コンソールを追加します。</translation>
    </message>
    <message>
        <source>TPM 2.0 (CRB)</source>
        <translation>TPM 2.0 (CRB)</translation>
    </message>
    <message>
        <source>Add an emulated TPM 2.0.</source>
        <translation>エミュレートされた TPM 2.0 を追加します。</translation>
    </message>
    <message>
        <source>Add a watchdog.</source>
        <translation>ウォッチドッグを追加します。</translation>
    </message>
    <message>
        <source>Add a random number generator fed from /dev/urandom.</source>
        <translation>/dev/urandom を入力源とする乱数発生器を追加します。</translation>
    </message>
    <message>
        <source>USB redirection (SPICE)</source>
        <translation>USB リダイレクト (SPICE)</translation>
    </message>
    <message>
        <source>Add a USB redirection channel.</source>
        <translation>USB リダイレクトチャネルを追加します。</translation>
    </message>
    <message>
        <source>Add hardware</source>
        <extracomment>Button that opens a menu of device kinds</extracomment>
        <translation>ハードウェアの追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button: remove the selected device</extracomment>
        <translation>取り外す</translation>
    </message>
    <message>
        <source>Remove the selected device</source>
        <translation>選択したデバイスを取り外す</translation>
    </message>
    <message>
        <source>Apply</source>
        <extracomment>Button: apply the hardware changes</extracomment>
        <translation>適用</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Button: drop the hardware changes not applied</extracomment>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Devices and settings</source>
        <translation>デバイスと設定</translation>
    </message>
</context>
<context>
    <name>HostDeviceModel</name>
    <message>
        <source>Storage controller</source>
        <translation>ストレージコントローラー</translation>
    </message>
    <message>
        <source>Ethernet controller</source>
        <translation>イーサネットコントローラー</translation>
    </message>
    <message>
        <source>Network controller</source>
        <translation>ネットワークコントローラー</translation>
    </message>
    <message>
        <source>VGA compatible controller</source>
        <translation>VGA 互換コントローラー</translation>
    </message>
    <message>
        <source>Display controller</source>
        <translation>ディスプレイコントローラー</translation>
    </message>
    <message>
        <source>Audio device</source>
        <translation>オーディオデバイス</translation>
    </message>
    <message>
        <source>Multimedia controller</source>
        <translation>マルチメディアコントローラー</translation>
    </message>
    <message>
        <source>PCI bridge</source>
        <extracomment>PCI device class name</extracomment>
        <translation>PCI ブリッジ</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>ブリッジ</translation>
    </message>
    <message>
        <source>USB controller</source>
        <translation>USB コントローラー</translation>
    </message>
    <message>
        <source>SMBus controller</source>
        <translation>SMBus コントローラー</translation>
    </message>
    <message>
        <source>Serial bus controller</source>
        <translation>シリアルバスコントローラー</translation>
    </message>
    <message>
        <source>PCI device (class %1)</source>
        <translation>PCI デバイス (クラス %1)</translation>
    </message>
    <message>
        <source>No IOMMU group (the IOMMU is off)</source>
        <translation>IOMMU グループなし (IOMMU が無効)</translation>
    </message>
    <message>
        <source>IOMMU group %1</source>
        <translation>IOMMU グループ %1</translation>
    </message>
    <message>
        <source>cannot be passed through</source>
        <extracomment>Status of an IOMMU group in the host device tree</extracomment>
        <translation>パススルー不可</translation>
    </message>
    <message>
        <source>ready for passthrough</source>
        <extracomment>Status of an IOMMU group in the host device tree: all its devices can be given to a VM</extracomment>
        <translation>パススルー可能</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) on host drivers</source>
        <translation>
            <numerusform>ホストのドライバーを使用中のデバイス %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>These devices have no IOMMU group: the host&apos;s IOMMU is off, so none can be passed through.</source>
        <translation>これらのデバイスには IOMMU グループがありません。ホストの IOMMU が無効なため、どれもパススルーできません。</translation>
    </message>
    <message>
        <source>An IOMMU group is the smallest set of devices the host can isolate: every device in it (bridges excepted) goes to the same VM, together.</source>
        <translation>IOMMU グループは、ホストが分離できるデバイスの最小単位です。グループ内のすべてのデバイス (ブリッジを除く) は、まとめて同じ仮想マシンに割り当てられます。</translation>
    </message>
    <message>
        <source>%1 (bridge, stays with the host)</source>
        <translation>%1 (ブリッジ、ホストに残る)</translation>
    </message>
    <message>
        <source>%1 (virtual function)</source>
        <translation>%1 (仮想機能)</translation>
    </message>
    <message>
        <source>bus %1 device %2</source>
        <translation>バス %1 デバイス %2</translation>
    </message>
    <message>
        <source>none reported</source>
        <extracomment>Host driver column: libvirt did not name a driver for this device</extracomment>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>Bridges connect other devices; they are not passed through and do not stop the group from being used.</source>
        <translation>ブリッジは他のデバイスを接続するものです。パススルーはされず、グループの使用を妨げることもありません。</translation>
    </message>
    <message numerus="yes">
        <source>SR-IOV physical function with %n virtual function(s).</source>
        <translation>
            <numerusform>仮想機能を %n 個持つ SR-IOV 物理機能です。</numerusform>
        </translation>
    </message>
    <message>
        <source>SR-IOV virtual function of %1.</source>
        <translation>%1 の SR-IOV 仮想機能です。</translation>
    </message>
    <message>
        <source>Vendor %1, product %2</source>
        <translation>ベンダー %1、製品 %2</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>使用先: %1</translation>
    </message>
    <message>
        <source>USB devices</source>
        <extracomment>Top-level node of the host device tree</extracomment>
        <translation>USB デバイス</translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>Column header of the host device tree</extracomment>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Column header of the host device tree: PCI address or USB bus/device</extracomment>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Host driver</source>
        <extracomment>Column header of the host device tree: the kernel driver the device is bound to on the host</extracomment>
        <translation>ホストドライバー</translation>
    </message>
    <message>
        <source>Used by</source>
        <extracomment>Column header of the host device tree: the virtual machines configured to use the device</extracomment>
        <translation>使用先</translation>
    </message>
    <message>
        <source>drivers not reported</source>
        <translation>ドライバー未報告</translation>
    </message>
</context>
<context>
    <name>HostDevicesPage</name>
    <message>
        <source>The host&apos;s devices could not be listed: %1</source>
        <translation>ホストのデバイスを一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>Create Pool Network</source>
        <translation>プールネットワークの作成</translation>
    </message>
    <message>
        <source>The network %1 is running. Give a VM an interface on it to hand it a free virtual function.</source>
        <translation>ネットワーク %1 は実行中です。仮想マシンにこのネットワーク上のインターフェイスを追加すると、空いている仮想機能が割り当てられます。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>Passthrough readiness: the host is being checked</extracomment>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>The host could not be checked: %1</source>
        <translation>ホストを確認できませんでした: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ready for PCI passthrough?&lt;/b&gt;</source>
        <translation>&lt;b&gt;PCI パススルーの準備はできていますか?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Devices by IOMMU group&lt;/b&gt; (everything in a group goes to one VM together)</source>
        <translation>&lt;b&gt;IOMMU グループ別のデバイス(&amp;D)&lt;/b&gt; (グループ内のすべてのデバイスはまとめて 1 台の仮想マシンに割り当てられます)</translation>
    </message>
    <message>
        <source>&amp;Bind Group to vfio-pci</source>
        <translation>グループを vfio-pci にバインド(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Give Group Back to Host</source>
        <translation>グループをホストに戻す(&amp;G)</translation>
    </message>
    <message>
        <source>Create SR-IOV &amp;Pool Network…</source>
        <translation>SR-IOV プールネットワークを作成(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Button: read the host&apos;s devices again</extracomment>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Host devices by IOMMU group</source>
        <translation>IOMMU グループ別のホストデバイス</translation>
    </message>
</context>
<context>
    <name>HostOverview</name>
    <message>
        <source>The host&apos;s figures appear once it has been sampled.</source>
        <translation>ホストのデータは、サンプリングが行われると表示されます。</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>ビジー</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>節約</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>Label of the combo box that picks the time range of the host&apos;s graphs</extracomment>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Host CPU usage</source>
        <translation>ホストの CPU 使用率</translation>
    </message>
    <message>
        <source>Host memory</source>
        <translation>ホストのメモリー</translation>
    </message>
    <message>
        <source>Shared memory (KSM)</source>
        <extracomment>Title of a graph: Kernel Same-page Merging, memory saved by merging identical guest pages</extracomment>
        <translation>メモリー共有 (KSM)</translation>
    </message>
    <message>
        <source>CPU figures are not available on this host.</source>
        <translation>このホストの CPU データは取得できません。</translation>
    </message>
    <message>
        <source>Memory figures are not available on this host.</source>
        <translation>このホストのメモリーデータは取得できません。</translation>
    </message>
    <message>
        <source>KSM figures are not available on this host.</source>
        <translation>このホストの KSM データは取得できません。</translation>
    </message>
    <message>
        <source>&amp;Running guests</source>
        <translation>実行中のゲスト(&amp;R)</translation>
    </message>
    <message>
        <source>Running guests</source>
        <extracomment>Accessible name of the table of running guests on the host&apos;s summary page</extracomment>
        <translation>実行中のゲスト</translation>
    </message>
</context>
<context>
    <name>HostStoragePage</name>
    <message>
        <source>The host&apos;s storage pools could not be listed: %1</source>
        <translation>ホストのストレージプールを一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>The volumes of pool %1 could not be listed: %2</source>
        <translation>プール %1 のボリュームを一覧表示できませんでした: %2</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>失敗しました: %1</translation>
    </message>
    <message>
        <source>Storage &amp;pools:</source>
        <translation>ストレージプール(&amp;P):</translation>
    </message>
    <message>
        <source>New Pool…</source>
        <extracomment>Button: make a new storage pool</extracomment>
        <translation>新しいプール…</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Button: start (activate) the storage pool</extracomment>
        <translation>起動</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Button: stop (deactivate) the storage pool</extracomment>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start with the host</source>
        <translation>ホスト起動時に起動</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Button: have libvirt read the pool&apos;s folder again</extracomment>
        <translation>更新</translation>
    </message>
    <message>
        <source>Delete Pool…</source>
        <extracomment>Button: delete the storage pool (asks what to remove)</extracomment>
        <translation>プールを削除…</translation>
    </message>
    <message>
        <source>&amp;Volumes:</source>
        <translation>ボリューム(&amp;V):</translation>
    </message>
    <message>
        <source>%p% used</source>
        <extracomment>Text on the pool&apos;s capacity bar; %p is the percentage</extracomment>
        <translation>%p% 使用中</translation>
    </message>
    <message>
        <source>Filter volumes</source>
        <translation>ボリュームの絞り込み</translation>
    </message>
    <message>
        <source>New Volume…</source>
        <extracomment>Button: make a new volume in the pool</extracomment>
        <translation>新しいボリューム…</translation>
    </message>
    <message>
        <source>Resize…</source>
        <extracomment>Button: change the volume&apos;s capacity</extracomment>
        <translation>サイズ変更…</translation>
    </message>
    <message>
        <source>Wipe…</source>
        <extracomment>Button: overwrite the volume&apos;s data with zeros</extracomment>
        <translation>ワイプ…</translation>
    </message>
    <message>
        <source>Delete Volume…</source>
        <extracomment>Button: delete the volume</extracomment>
        <translation>ボリュームを削除…</translation>
    </message>
    <message>
        <source>Upload</source>
        <extracomment>Button with a menu: copy a local file onto the host</extracomment>
        <translation>アップロード</translation>
    </message>
    <message>
        <source>Download…</source>
        <extracomment>Button: copy the volume into a local file</extracomment>
        <translation>ダウンロード…</translation>
    </message>
    <message>
        <source>Upload a File into a New Volume…</source>
        <translation>ファイルを新しいボリュームにアップロード…</translation>
    </message>
    <message>
        <source>Upload a File into the Selected Volume…</source>
        <translation>ファイルを選択したボリュームにアップロード…</translation>
    </message>
    <message>
        <source>%1 (%2) at %3 is stopped.</source>
        <extracomment>Pool details: %1 the pool, %2 its type, %3 its folder on the host</extracomment>
        <translation>%1 (%2、%3) は停止しています。</translation>
    </message>
    <message>
        <source>%1 (%2) at %3: %4 of %5 used, %6 free.</source>
        <extracomment>Pool details: %1 the pool, %2 its type, %3 its folder, %4 used, %5 capacity, %6 free</extracomment>
        <translation>%1 (%2、%3): %5 中 %4 使用、空き %6。</translation>
    </message>
    <message>
        <source>Space used in pool %1</source>
        <translation>プール %1 の使用容量</translation>
    </message>
    <message>
        <source>New Storage Pool</source>
        <translation>新しいストレージプール</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be made.</source>
        <translation>ストレージプール %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Start Pool</source>
        <translation>プールの起動</translation>
    </message>
    <message>
        <source>Stop Pool</source>
        <translation>プールの停止</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be started.</source>
        <translation>ストレージプール %1 を起動できませんでした。</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be stopped.</source>
        <translation>ストレージプール %1 を停止できませんでした。</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自動起動</translation>
    </message>
    <message>
        <source>Whether the storage pool %1 starts with the host could not be changed.</source>
        <translation>ストレージプール %1 のホスト起動時の自動起動を変更できませんでした。</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be read again.</source>
        <translation>ストレージプール %1 を再読み込みできませんでした。</translation>
    </message>
    <message>
        <source>Delete the storage pool %1?

&quot;Delete Pool Only&quot; stops it and removes its definition: its folder %2 and every volume in it stay on the host.

&quot;Delete Pool and Folder&quot; also removes the pool&apos;s storage (for a folder pool the folder itself, which libvirt removes only when it is empty: delete the volumes first).</source>
        <translation>ストレージプール %1 を削除しますか?

「プールのみ削除」はプールを停止して定義を削除します。フォルダー %2 とその中のすべてのボリュームはホスト上に残ります。

「プールとフォルダーを削除」はプールのストレージも削除します (フォルダープールの場合はフォルダー自体ですが、libvirt はフォルダーが空の場合にのみ削除します。先にボリュームを削除してください)。</translation>
    </message>
    <message>
        <source>Delete Storage Pool</source>
        <translation>ストレージプールの削除</translation>
    </message>
    <message>
        <source>Delete Pool Only</source>
        <translation>プールのみ削除</translation>
    </message>
    <message>
        <source>Delete Pool and Folder</source>
        <translation>プールとフォルダーを削除</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be deleted.</source>
        <translation>ストレージプール %1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>New Volume</source>
        <translation>新しいボリューム</translation>
    </message>
    <message>
        <source>The volume %1 could not be made in pool %2.</source>
        <translation>プール %2 にボリューム %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>サイズ変更</translation>
    </message>
    <message>
        <source>%1 could not be resized.</source>
        <translation>%1 のサイズを変更できませんでした。</translation>
    </message>
    <message>
        <source>%1 cannot be made smaller.</source>
        <translation>%1 は縮小できません。</translation>
    </message>
    <message>
        <source>Only raw volumes can be shrunk here; a %1 volume would lose the guest&apos;s data past the new end.</source>
        <translation>ここで縮小できるのは raw ボリュームだけです。%1 ボリュームでは、新しい末尾より後ろにあるゲストのデータが失われます。</translation>
    </message>
    <message>
        <source>Shrink Volume</source>
        <translation>ボリュームの縮小</translation>
    </message>
    <message>
        <source>Shrink %1 from %2 to %3? Whatever the guest keeps past %3 is lost, and a file system that is not shrunk first in the guest will be damaged.</source>
        <translation>%1 を %2 から %3 に縮小しますか? %3 より後ろにあるゲストのデータは失われ、先にゲスト内で縮小していないファイルシステムは破損します。</translation>
    </message>
    <message>
        <source>Shrink</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Wipe Volume</source>
        <translation>ボリュームのワイプ</translation>
    </message>
    <message>
        <source>Overwrite all data in %1 with zeros? This cannot be undone.</source>
        <translation>%1 のすべてのデータをゼロで上書きしますか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>ワイプ</translation>
    </message>
    <message>
        <source>%1 could not be wiped.</source>
        <translation>%1 をワイプできませんでした。</translation>
    </message>
    <message>
        <source>Delete %1? The file is removed from the host.</source>
        <translation>%1 を削除しますか? ファイルはホストから削除されます。</translation>
    </message>
    <message>
        <source>Delete %1? The file is removed from the host, and these virtual machines use it: %2. They will not start until their disk is changed.</source>
        <translation>%1 を削除しますか? ファイルはホストから削除されます。次の仮想マシンがこのファイルを使用しています: %2。ディスクを変更するまで、これらの仮想マシンは起動できなくなります。</translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation>ボリュームの削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>%1 could not be deleted.</source>
        <translation>%1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>Uploading %1 into %2</source>
        <translation>%1 を %2 にアップロード中</translation>
    </message>
    <message>
        <source>Downloading %1 into %2</source>
        <translation>%1 を %2 にダウンロード中</translation>
    </message>
    <message>
        <source>Choose a File to Upload</source>
        <translation>アップロードするファイルの選択</translation>
    </message>
    <message>
        <source>Download %1 to</source>
        <translation>%1 のダウンロード先</translation>
    </message>
    <message>
        <source>Upload a File into This Volume…</source>
        <translation>このボリュームにファイルをアップロード…</translation>
    </message>
</context>
<context>
    <name>HostWindow</name>
    <message>
        <source>%1 — Host Details — QVirt</source>
        <translation>%1 — ホストの詳細 — QVirt</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>Tab of the host details window</extracomment>
        <translation>概要</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the connection URI, %2 the connection state</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The host details could not be read: %1</source>
        <translation>ホストの詳細を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>接続:</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>ハイパーバイザー:</translation>
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
        <translation>%1、論理 CPU %2 個、%3 MHz (%4 ソケット、%5 コア、%6 スレッド)</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>メモリー:</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <extracomment>Host memory: %1 the total, %2 the free amount</extracomment>
        <translation>%1 (空き %2)</translation>
    </message>
    <message>
        <source>Virtual machines:</source>
        <translation>仮想マシン:</translation>
    </message>
    <message>
        <source>%1 defined, %2 running</source>
        <extracomment>Number of virtual machines on the host: %1 defined (all), %2 of them running</extracomment>
        <translation>定義済み %1 台、実行中 %2 台</translation>
    </message>
    <message>
        <source>Host Devices</source>
        <translation>ホストデバイス</translation>
    </message>
    <message>
        <source>Storage</source>
        <extracomment>Tab of the host details window: storage pools and volumes</extracomment>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Virtual Networks</source>
        <extracomment>Tab of the host details window</extracomment>
        <translation>仮想ネットワーク</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <extracomment>Tab of the host details window: the host&apos;s network interfaces</extracomment>
        <translation>インターフェイス</translation>
    </message>
</context>
<context>
    <name>HostdevXml</name>
    <message>
        <source>An interface on network %1</source>
        <translation>ネットワーク %1 上のインターフェイス</translation>
    </message>
    <message>
        <source>USB device %1:%2</source>
        <translation>USB デバイス %1:%2</translation>
    </message>
    <message>
        <source>USB device %1.%2</source>
        <translation>USB デバイス %1.%2</translation>
    </message>
    <message>
        <source>No PCI slot is free on the guest&apos;s root bus for %1; remove a device from the guest first.</source>
        <translation>ゲストのルートバスに %1 用の空き PCI スロットがありません。先にゲストからデバイスを 1 つ取り外してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address like 52:54:00:12:34:56.</source>
        <translation>「%1」は MAC アドレスではありません (例: 52:54:00:12:34:56)。</translation>
    </message>
    <message>
        <source>%1 is a multicast MAC address; a network interface needs a unicast one.</source>
        <translation>%1 はマルチキャスト MAC アドレスです。ネットワークインターフェイスにはユニキャストアドレスが必要です。</translation>
    </message>
    <message>
        <source>The interface needs the name of its pool network.</source>
        <translation>インターフェイスにはプールネットワークの名前が必要です。</translation>
    </message>
    <message>
        <source>The device has no host PCI address.</source>
        <translation>デバイスにホストの PCI アドレスがありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PCI address like 0000:3b:00.0.</source>
        <translation>「%1」は PCI アドレスではありません (例: 0000:3b:00.0)。</translation>
    </message>
    <message>
        <source>A USB device needs both its vendor and its product ID.</source>
        <translation>USB デバイスにはベンダー ID と製品 ID の両方が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a USB vendor or product ID like 0x046d.</source>
        <translation>「%1」は USB のベンダー ID または製品 ID ではありません (例: 0x046d)。</translation>
    </message>
    <message>
        <source>A USB device needs its vendor and product IDs or its bus and device numbers.</source>
        <translation>USB デバイスには、ベンダー ID と製品 ID、またはバス番号とデバイス番号が必要です。</translation>
    </message>
    <message>
        <source>%1 is already passed through to this guest.</source>
        <translation>%1 はすでにこのゲストにパススルーされています。</translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation>%1 がリストに 2 回含まれています。</translation>
    </message>
    <message>
        <source>%1 is not passed through to this guest.</source>
        <translation>%1 はこのゲストにパススルーされていません。</translation>
    </message>
    <message>
        <source>The Hyper-V vendor ID &quot;%1&quot; must be 1 to 12 ASCII letters, digits or signs other than a comma.</source>
        <translation>Hyper-V ベンダー ID「%1」は、1～12 文字の ASCII 英字、数字、または記号 (カンマを除く) で指定してください。</translation>
    </message>
</context>
<context>
    <name>InterfacesPage</name>
    <message>
        <source>This host&apos;s libvirt has no interface driver, so its interfaces cannot be shown from here (on the host, &quot;ip address&quot; lists them): %1</source>
        <translation>このホストの libvirt にはインターフェイスドライバーがないため、ここではインターフェイスを表示できません (ホスト上で &quot;ip address&quot; を実行すると一覧表示できます): %1</translation>
    </message>
    <message>
        <source>The host&apos;s interfaces could not be listed: %1</source>
        <translation>ホストのインターフェイスを一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>Up</source>
        <extracomment>State of a host interface</extracomment>
        <translation>アップ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC アドレス:</translation>
    </message>
    <message>
        <source>IPv4 addresses:</source>
        <translation>IPv4 アドレス:</translation>
    </message>
    <message>
        <source>IPv6 addresses:</source>
        <translation>IPv6 アドレス:</translation>
    </message>
    <message>
        <source>Bridge ports:</source>
        <extracomment>Row label: the interfaces enslaved to a bridge</extracomment>
        <translation>ブリッジポート:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <extracomment>Row label: what made a bridge; the value says it is a libvirt virtual network&apos;s own</extracomment>
        <translation>所有者:</translation>
    </message>
    <message>
        <source>A libvirt virtual network</source>
        <translation>libvirt 仮想ネットワーク</translation>
    </message>
    <message>
        <source>SR-IOV:</source>
        <extracomment>%1 virtual functions configured, %2 the most the card can have</extracomment>
        <translation>SR-IOV:</translation>
    </message>
    <message>
        <source>%1 of %2 virtual functions</source>
        <translation>仮想機能 %1/%2 個</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column: interface type (bridge, ethernet)</extracomment>
        <translation>種類</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
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
        <translation>ブリッジポート</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Host interfaces</source>
        <translation>ホストのインターフェイス</translation>
    </message>
    <message>
        <source>How to make a host bridge</source>
        <translation>ホストブリッジの作成方法</translation>
    </message>
</context>
<context>
    <name>LifecycleController</name>
    <message>
        <source>Start</source>
        <extracomment>VM action: boot the virtual machine</extracomment>
        <translation>起動</translation>
    </message>
    <message>
        <source>Shut Down</source>
        <extracomment>VM action: ask the guest OS to shut down (ACPI)</extracomment>
        <translation>シャットダウン</translation>
    </message>
    <message>
        <source>Reboot</source>
        <extracomment>VM action: ask the guest OS to restart</extracomment>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Force Off</source>
        <extracomment>VM action, dialog title and button: cut the VM&apos;s power at once, like pulling the plug; use one term for it everywhere</extracomment>
        <translation>強制電源オフ</translation>
    </message>
    <message>
        <source>Force Reset</source>
        <extracomment>VM action, dialog title and button: press the VM&apos;s reset button; use one term for reset everywhere</extracomment>
        <translation>強制リセット</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>action</comment>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>VM action: let a paused VM run again; not the same word as Restore (from a saved file) or Revert (to a snapshot)</extracomment>
        <translation>再開</translation>
    </message>
    <message>
        <source>Managed Save</source>
        <extracomment>VM action: save the VM&apos;s memory state in libvirt&apos;s own place and stop it; starting the VM resumes from it (virsh managedsave)</extracomment>
        <translation>マネージド保存</translation>
    </message>
    <message>
        <source>Remove Managed Save</source>
        <translation>マネージド保存の削除</translation>
    </message>
    <message>
        <source>Start at Host Boot</source>
        <translation>ホスト起動時に起動</translation>
    </message>
    <message>
        <source>Do Not Start at Host Boot</source>
        <translation>ホスト起動時に起動しない</translation>
    </message>
    <message>
        <source>The virtual machine is already running.</source>
        <translation>仮想マシンはすでに実行中です。</translation>
    </message>
    <message>
        <source>Only a running virtual machine can be shut down or rebooted.</source>
        <translation>シャットダウンまたは再起動できるのは、実行中の仮想マシンだけです。</translation>
    </message>
    <message>
        <source>The virtual machine is not running.</source>
        <translation>仮想マシンは実行されていません。</translation>
    </message>
    <message>
        <source>Only a running virtual machine can be paused.</source>
        <translation>一時停止できるのは、実行中の仮想マシンだけです。</translation>
    </message>
    <message>
        <source>The virtual machine is not paused.</source>
        <translation>仮想マシンは一時停止していません。</translation>
    </message>
    <message>
        <source>A transient virtual machine has no managed save.</source>
        <translation>一時的な仮想マシンにはマネージド保存がありません。</translation>
    </message>
    <message>
        <source>The virtual machine has no managed save image.</source>
        <translation>この仮想マシンにはマネージド保存イメージがありません。</translation>
    </message>
    <message>
        <source>A transient virtual machine cannot start at host boot.</source>
        <translation>一時的な仮想マシンはホスト起動時に起動できません。</translation>
    </message>
    <message>
        <source>These virtual machines could not be started:</source>
        <translation>次の仮想マシンを起動できませんでした:</translation>
    </message>
    <message>
        <source>These virtual machines could not be shut down:</source>
        <translation>次の仮想マシンをシャットダウンできませんでした:</translation>
    </message>
    <message>
        <source>These virtual machines could not be rebooted:</source>
        <translation>次の仮想マシンを再起動できませんでした:</translation>
    </message>
    <message>
        <source>These virtual machines could not be forced off:</source>
        <translation>次の仮想マシンを強制電源オフできませんでした:</translation>
    </message>
    <message>
        <source>These virtual machines could not be reset:</source>
        <translation>次の仮想マシンをリセットできませんでした:</translation>
    </message>
    <message>
        <source>These virtual machines could not be paused:</source>
        <translation>次の仮想マシンを一時停止できませんでした:</translation>
    </message>
    <message>
        <source>These virtual machines could not be resumed:</source>
        <translation>次の仮想マシンを再開できませんでした:</translation>
    </message>
    <message>
        <source>The state of these virtual machines could not be saved:</source>
        <translation>次の仮想マシンの状態を保存できませんでした:</translation>
    </message>
    <message>
        <source>The managed save of these virtual machines could not be removed:</source>
        <translation>次の仮想マシンのマネージド保存を削除できませんでした:</translation>
    </message>
    <message>
        <source>Autostart could not be changed for these virtual machines:</source>
        <translation>次の仮想マシンの自動起動を変更できませんでした:</translation>
    </message>
    <message>
        <source>Check that each virtual machine is in a state that allows this action, and see the host&apos;s libvirt log (/var/log/libvirt/) for details.</source>
        <translation>各仮想マシンがこの操作を実行できる状態にあることを確認してください。詳細はホストの libvirt ログ (/var/log/libvirt/) を参照してください。</translation>
    </message>
    <message>
        <source>Force off %1?

This is like pulling the power plug: the guest loses everything it has not written to disk.</source>
        <translation>%1 を強制電源オフしますか?

電源プラグを抜くのと同じです。ゲストはディスクに書き込んでいないデータをすべて失います。</translation>
    </message>
    <message>
        <source>Reset %1?

This is like pressing the reset button: the guest loses everything it has not written to disk.</source>
        <translation>%1 をリセットしますか?

リセットボタンを押すのと同じです。ゲストはディスクに書き込んでいないデータをすべて失います。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a VM name, %2 the error message</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Path on the host %1:</source>
        <translation>ホスト %1 上のパス:</translation>
    </message>
    <message>
        <source>Save to File</source>
        <extracomment>Title of the error box when saving VMs to files failed (virsh save: the VM&apos;s state is written to a file and the VM stops)</extracomment>
        <translation>ファイルに保存</translation>
    </message>
    <message>
        <source>The state of these virtual machines could not be saved to a file:</source>
        <translation>次の仮想マシンの状態をファイルに保存できませんでした:</translation>
    </message>
    <message>
        <source>Save %1 to File</source>
        <translation>%1 をファイルに保存</translation>
    </message>
    <message numerus="yes">
        <source>Save %n Virtual Machines to Folder</source>
        <translation>
            <numerusform>%n 台の仮想マシンをフォルダーに保存</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <extracomment>%1 is a VM name, %2 the file it was to be saved to, %3 the error message</extracomment>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>Restore Virtual Machine from File</source>
        <translation>ファイルから仮想マシンを復元</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>Dialog title and button: start a VM from a state file written by &quot;Save to File&quot; (virsh restore); not the same word as Revert (snapshot) or Resume (paused VM)</extracomment>
        <translation>復元</translation>
    </message>
    <message>
        <source>%1 is not a saved virtual machine state that this host can read.</source>
        <translation>%1 は、このホストで読み込める仮想マシンの保存状態ではありません。</translation>
    </message>
    <message>
        <source>Choose a file written by &quot;Save to File&quot; (virsh save) on this host.</source>
        <translation>このホスト上で「ファイルに保存」(virsh save) により書き出されたファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 is running. Restoring the saved state forces it off first; whatever it has not written to disk is lost.</source>
        <translation>%1 は実行中です。保存された状態を復元すると先に強制電源オフされ、ディスクに書き込まれていないデータはすべて失われます。</translation>
    </message>
    <message>
        <source>Force Off and Restore</source>
        <translation>強制電源オフして復元</translation>
    </message>
    <message>
        <source>The running virtual machine could not be forced off, so nothing was restored.</source>
        <translation>実行中の仮想マシンを強制電源オフできなかったため、何も復元されませんでした。</translation>
    </message>
    <message>
        <source>The virtual machine could not be restored from %1.</source>
        <translation>%1 から仮想マシンを復元できませんでした。</translation>
    </message>
    <message>
        <source>The file is kept. Check that the disks it refers to still exist, and the host&apos;s libvirt log.</source>
        <translation>ファイルは残してあります。参照しているディスクがまだ存在するか確認し、ホストの libvirt ログを確認してください。</translation>
    </message>
    <message>
        <source>Rename</source>
        <extracomment>Title of message boxes about renaming a VM</extracomment>
        <translation>名前の変更</translation>
    </message>
    <message>
        <source>Shut %1 off first: libvirt renames only virtual machines that are not running.</source>
        <translation>先に %1 を停止してください。libvirt は実行中でない仮想マシンの名前しか変更できません。</translation>
    </message>
    <message>
        <source>Rename Virtual Machine</source>
        <translation>仮想マシンの名前の変更</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1 の新しい名前:</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2.</source>
        <translation>%1 の名前を %2 に変更できませんでした。</translation>
    </message>
    <message>
        <source>Choose a name no other virtual machine on this host uses.</source>
        <translation>このホスト上の他の仮想マシンで使われていない名前を指定してください。</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Title of the error box when deleting virtual machines did not fully succeed</extracomment>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleting did not fully succeed:</source>
        <translation>削除は完全には成功しませんでした:</translation>
    </message>
    <message>
        <source>%1: image %2 was not deleted: %3</source>
        <translation>%1: イメージ %2 は削除されませんでした: %3</translation>
    </message>
    <message>
        <source>Folder on the hosts:</source>
        <translation>各ホスト上のフォルダー:</translation>
    </message>
    <message>
        <source>%1 is deleted, but these images are in no storage pool on %2, so libvirt could not delete them:

%3

QVirt can open each image&apos;s folder as a temporary storage pool, delete the images through it and remove the pool again; the folders and every other file in them stay. Delete the images now?</source>
        <translation>%1 は削除されましたが、次のイメージは %2 上のどのストレージプールにも含まれていないため、libvirt で削除できませんでした:

%3

QVirt は各イメージのフォルダーを一時的なストレージプールとして開き、そのプールを通じてイメージを削除してから、プールを再び削除できます。フォルダーとその中の他のファイルはすべて残ります。今すぐイメージを削除しますか?</translation>
    </message>
    <message>
        <source>Delete Images</source>
        <translation>イメージの削除</translation>
    </message>
    <message>
        <source>Delete the Images</source>
        <translation>イメージを削除</translation>
    </message>
    <message>
        <source>Keep the Files</source>
        <translation>ファイルを残す</translation>
    </message>
    <message>
        <source>These images of %1 stay on %2; remove them on the host when they are no longer needed:

%3</source>
        <translation>%1 の次のイメージは %2 上に残ります。不要になったらホスト上で削除してください:

%3</translation>
    </message>
    <message>
        <source>These images of %1 stay on %2:</source>
        <translation>%1 の次のイメージは %2 上に残ります:</translation>
    </message>
    <message>
        <source>Remove them on the host, or give their folder a storage pool in the host window&apos;s Storage page.</source>
        <translation>ホスト上で削除するか、ホストウィンドウの「ストレージ」ページでそのフォルダーのストレージプールを作成してください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Remove Connection</source>
        <extracomment>Remove a connection from QVirt&apos;s list; nothing on the host is deleted</extracomment>
        <translation>接続を一覧から外す</translation>
    </message>
    <message>
        <source>Remove %1 from QVirt? Its virtual machines keep running; only QVirt forgets the connection.</source>
        <translation>QVirt の一覧から %1 を外しますか? 仮想マシンは実行を続けます。QVirt がこの接続を記憶しなくなるだけです。</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Confirmation button: remove the connection from QVirt&apos;s list (nothing on the host is deleted)</extracomment>
        <translation>外す</translation>
    </message>
    <message>
        <source>QVirt Virtual Machine Manager</source>
        <translation>QVirt 仮想マシンマネージャー</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu</extracomment>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Virtual Machine</source>
        <translation>仮想マシン(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <extracomment>Menu: actions on the selected connection (libvirt host)</extracomment>
        <translation>ホスト(&amp;H)</translation>
    </message>
    <message>
        <source>Add Connection…</source>
        <translation>接続を追加…</translation>
    </message>
    <message>
        <source>Restore from File…</source>
        <extracomment>Start a VM again from a state file written by &quot;Save to File&quot; (virsh restore); not a snapshot revert</extracomment>
        <translation>ファイルから復元…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>Menu action: connect to the selected libvirt host</extracomment>
        <translation>接続</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <extracomment>Menu action: close the connection to the selected libvirt host</extracomment>
        <translation>切断</translation>
    </message>
    <message>
        <source>Connect Automatically</source>
        <translation>自動的に接続</translation>
    </message>
    <message>
        <source>Host Details</source>
        <translation>ホストの詳細</translation>
    </message>
    <message>
        <source>Remove Connection…</source>
        <translation>接続を一覧から外す…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Connection Failed</source>
        <translation>接続に失敗しました</translation>
    </message>
    <message>
        <source>QVirt could not connect to %1.</source>
        <translation>QVirt は %1 に接続できませんでした。</translation>
    </message>
    <message>
        <source>Check the URI, that the host is reachable and libvirtd runs there, and your login. Your other connections are not affected.</source>
        <translation>URI、ホストに到達できて libvirtd が動作しているか、およびログイン情報を確認してください。他の接続には影響しません。</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>再試行</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machine(s) selected</source>
        <translation>
            <numerusform>%n 台の仮想マシンを選択中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): disconnected, retrying. %3</source>
        <translation>%1 (%2): 切断されました。再試行しています。%3</translation>
    </message>
    <message>
        <source>%1 (%2): could not connect. %3</source>
        <translation>%1 (%2): 接続できませんでした。%3</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Menu title, as in virt-manager: holds Preferences.</extracomment>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;New VM…</source>
        <translation>新しい仮想マシン(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a virtual machine on the selected host</source>
        <translation>選択したホストに仮想マシンを作成します</translation>
    </message>
</context>
<context>
    <name>MemoryForm</name>
    <message>
        <source>Maximum memory (MiB):</source>
        <translation>最大メモリー (MiB):</translation>
    </message>
    <message>
        <source>Memory now (MiB):</source>
        <translation>現在のメモリー (MiB):</translation>
    </message>
    <message>
        <source>The host has %1 MiB of memory.</source>
        <translation>ホストのメモリーは %1 MiB です。</translation>
    </message>
    <message>
        <source>This VM has no memory balloon: its memory changes only when it starts again.</source>
        <translation>この仮想マシンにはメモリーバルーンがないため、メモリーの変更は次回の起動時にのみ反映されます。</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>How will the operating system be installed?</source>
        <translation>オペレーティングシステムをどのようにインストールしますか?</translation>
    </message>
    <message>
        <source>From an installation ISO image or CD-ROM on the host</source>
        <translation>ホスト上のインストール用 ISO イメージまたは CD-ROM から</translation>
    </message>
    <message>
        <source>From a network install tree (HTTP, HTTPS or FTP)</source>
        <translation>ネットワーク上のインストールツリーから (HTTP、HTTPS、FTP)</translation>
    </message>
    <message>
        <source>Import an existing disk image</source>
        <translation>既存のディスクイメージをインポート</translation>
    </message>
    <message>
        <source>Network boot (PXE)</source>
        <translation>ネットワークブート (PXE)</translation>
    </message>
    <message>
        <source>No installation: create an empty VM</source>
        <translation>インストールなし: 空の仮想マシンを作成</translation>
    </message>
    <message>
        <source>Reading what the host offers…</source>
        <translation>ホストの機能を読み取り中…</translation>
    </message>
    <message>
        <source>The host&apos;s capabilities could not be read: %1</source>
        <translation>ホストの機能 (capabilities) を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>VMs on this host run with KVM hardware acceleration.</source>
        <translation>このホストの仮想マシンは KVM のハードウェアアクセラレーションで動作します。</translation>
    </message>
    <message>
        <source>This host has no KVM: VMs run in QEMU&apos;s software emulation (TCG), which is much slower. Enable virtualization in the host&apos;s firmware if its CPU has it.</source>
        <translation>このホストでは KVM を使用できません。仮想マシンは QEMU のソフトウェアエミュレーション (TCG) で動作するため、大幅に遅くなります。ホストの CPU が仮想化支援機能を備えている場合は、ファームウェアで有効にしてください。</translation>
    </message>
</context>
<context>
    <name>MigrateDialog</name>
    <message>
        <source>Migrate %1 — QVirt</source>
        <extracomment>Window title; %1 is the name of a virtual machine</extracomment>
        <translation>%1 のマイグレーション — QVirt</translation>
    </message>
    <message>
        <source>%1 runs on %2. It keeps running while it moves to the destination host.</source>
        <translation>%1 は %2 上で実行中です。移行先ホストへの移動中も実行を続けます。</translation>
    </message>
    <message>
        <source>%1 is shut off on %2. Its definition moves to the destination host, and its disks too if you copy them.</source>
        <translation>%1 は %2 上で停止しています。定義が移行先ホストへ移動します。ディスクをコピーする場合は、ディスクも移動します。</translation>
    </message>
    <message>
        <source>Destination host:</source>
        <translation>移行先ホスト:</translation>
    </message>
    <message>
        <source>No other host is connected. Connect to the destination host first (File ▸ Add Connection…).</source>
        <translation>他のホストに接続していません。先に移行先ホストに接続してください (ファイル ▸ 接続を追加…)。</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Both hosts share the disks (NFS, iSCSI, Ceph…)</source>
        <translation>ディスクを両方のホストで共有 (NFS、iSCSI、Ceph…)</translation>
    </message>
    <message>
        <source>Copy every disk to the destination host</source>
        <translation>すべてのディスクを移行先ホストにコピー</translation>
    </message>
    <message>
        <source>Copy only the top layer of each disk (its backing files are on the destination already)</source>
        <translation>各ディスクの最上位レイヤーのみをコピー (バッキングファイルは移行先に存在済み)</translation>
    </message>
    <message>
        <source>Create storage pools on the destination for folders it has none for</source>
        <translation>移行先にストレージプールがないフォルダーには、ストレージプールを作成</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Directly between the hosts (fastest)</source>
        <translation>ホスト間で直接 (最速)</translation>
    </message>
    <message>
        <source>Through libvirt&apos;s connection (one port, encrypted when libvirt&apos;s is)</source>
        <translation>libvirt の接続経由 (使用ポートは 1 つ、libvirt の接続が暗号化されていれば暗号化)</translation>
    </message>
    <message>
        <source>The destination connection&apos;s address</source>
        <translation>移行先の接続のアドレス</translation>
    </message>
    <message>
        <source>When tunnelled, the source host&apos;s libvirt connects to the destination itself. Give the address it reaches it by, if it differs from this connection&apos;s.</source>
        <translation>トンネル経由の場合は、移行元ホストの libvirt が移行先に直接接続します。移行元ホストから移行先に接続するためのアドレスがこの接続のアドレスと異なる場合は、そのアドレスを指定してください。</translation>
    </message>
    <message>
        <source>Destination as the source host reaches it:</source>
        <translation>移行元ホストから見た移行先:</translation>
    </message>
    <message>
        <source>Keep the virtual machine defined on the destination after it stops</source>
        <translation>仮想マシンの停止後も移行先に定義を残す</translation>
    </message>
    <message>
        <source>Keep its definition on this host too</source>
        <translation>このホストにも定義を残す</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <extracomment>Bandwidth limit of a migration in mebibytes per second</extracomment>
        <translation> MiB/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>Shown in the bandwidth box when it is 0</extracomment>
        <translation>無制限</translation>
    </message>
    <message>
        <source>Bandwidth limit:</source>
        <translation>帯域幅の上限:</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>Milliseconds</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>libvirt&apos;s default</source>
        <extracomment>Shown in the longest-pause box when it is 0</extracomment>
        <translation>libvirt の既定値</translation>
    </message>
    <message>
        <source>Longest pause of the guest:</source>
        <translation>ゲストの最大停止時間:</translation>
    </message>
    <message>
        <source>Slow the guest down if its memory changes faster than it can move (auto-converge)</source>
        <translation>メモリーの変更が転送より速い場合はゲストを減速 (自動収束、auto-converge)</translation>
    </message>
    <message>
        <source>Run it on the destination after the first pass; the rest of its memory follows (post-copy)</source>
        <translation>最初のパスの後に移行先で実行を開始し、残りのメモリーは後から転送 (ポストコピー、post-copy)</translation>
    </message>
    <message>
        <source>If either host or the link between them fails during post-copy, the guest is lost. Both hosts need QEMU with userfaultfd.</source>
        <translation>ポストコピー中にいずれかのホストまたはホスト間の接続に障害が発生すると、ゲストは失われます。両方のホストに userfaultfd 対応の QEMU が必要です。</translation>
    </message>
    <message>
        <source>Move even where libvirt cannot tell that the disks are shared (unsafe)</source>
        <translation>ディスクが共有されていることを libvirt が確認できない場合も移動 (安全でない)</translation>
    </message>
    <message>
        <source>Migration progress</source>
        <translation>マイグレーションの進行状況</translation>
    </message>
    <message>
        <source>Switch to Post-Copy</source>
        <translation>ポストコピーに切り替え</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>マイグレーション</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A destination host in the migrate dialog: %1 its name, %2 its connection URI</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The definition of %1 could not be read: %2</source>
        <translation>%1 の定義を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Both hosts need QEMU for this.</source>
        <translation>これには両方のホストで QEMU が必要です。</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>コピー対象: %1</translation>
    </message>
    <message>
        <source>Used where they are (both hosts must reach them): %1</source>
        <translation>現在の場所のまま使用 (両方のホストからアクセスできる必要があります): %1</translation>
    </message>
    <message>
        <source>Its UEFI variables (NVRAM) stay on this host; the destination starts with fresh ones unless the file is there too.</source>
        <translation>UEFI 変数 (NVRAM) はこのホストに残ります。移行先にも同じファイルがない限り、移行先では新しい UEFI 変数で起動します。</translation>
    </message>
    <message>
        <source>%1 cannot move while it runs: host devices are passed through to it (%2), and their state cannot move with it. Shut it down and move it offline, or remove the devices from it first.</source>
        <translation>%1 は実行中には移動できません。ホストデバイスがパススルーされており (%2)、その状態は仮想マシンと一緒に移動できないためです。シャットダウンしてオフラインで移動するか、先にデバイスを取り外してください。</translation>
    </message>
    <message>
        <source>Preparing the move of %1 to %2…</source>
        <translation>%1 を %2 に移動する準備をしています…</translation>
    </message>
    <message>
        <source>Checking both hosts and preparing the disks on the destination…</source>
        <translation>両方のホストを確認し、移行先のディスクを準備しています…</translation>
    </message>
    <message>
        <source>Copying the disks: %1 of %2.</source>
        <translation>ディスクをコピーしています: %1 / %2。</translation>
    </message>
    <message>
        <source>Moving memory: %1 of %2 moved, %3 left.</source>
        <translation>メモリーを移動しています: %1 / %2 を移動済み、残り %3。</translation>
    </message>
    <message>
        <source>Starting the move…</source>
        <translation>移動を開始しています…</translation>
    </message>
    <message>
        <source>Post-copy: %1 runs on the destination; %2 of its memory still follows. The move cannot be cancelled now.</source>
        <translation>ポストコピー: %1 は移行先で実行中です。残りのメモリー %2 を転送しています。この段階では移動をキャンセルできません。</translation>
    </message>
    <message>
        <source>Finishing on the destination…</source>
        <translation>移行先で完了処理を行っています…</translation>
    </message>
    <message>
        <source>The guest changes %1 of memory a second; pass %2.</source>
        <extracomment>%1 is an amount of data such as &quot;12.5 MiB&quot;, %2 a number of passes</extracomment>
        <translation>ゲストは毎秒 %1 のメモリーを変更しています (パス %2)。</translation>
    </message>
    <message>
        <source>Transfer rate: %1 a second.</source>
        <translation>転送速度: 毎秒 %1。</translation>
    </message>
    <message>
        <source>The move was cancelled. %1 is on this host, as it was.</source>
        <translation>移動はキャンセルされました。%1 は元どおりこのホスト上にあります。</translation>
    </message>
    <message>
        <source>%1 is now on the destination host.</source>
        <translation>%1 は移行先ホストに移動しました。</translation>
    </message>
    <message>
        <source>Storage pools made there: %1.</source>
        <translation>移行先に作成したストレージプール: %1。</translation>
    </message>
    <message>
        <source>Its disk images stay on this host; delete them when it runs well there: %1</source>
        <translation>ディスクイメージはこのホストに残っています。移行先で問題なく動作することを確認したら削除してください: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancelling the move of %1…</source>
        <translation>%1 の移動をキャンセルしています…</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>%1 can be moved only while it runs, is paused or is shut off. Start it or shut it down first.</source>
        <translation>%1 を移動できるのは、実行中、一時停止中、または停止中の場合だけです。先に起動するかシャットダウンしてください。</translation>
    </message>
    <message>
        <source>%1 cannot move while it runs: host devices are passed through to it (%2), and their state cannot move with it. Shut it down and move it offline, or remove the devices from it first.</source>
        <translation>%1 は実行中には移動できません。ホストデバイスがパススルーされており (%2)、その状態は仮想マシンと一緒に移動できないためです。シャットダウンしてオフラインで移動するか、先にデバイスを取り外してください。</translation>
    </message>
    <message>
        <source>The source and the destination are the same host (host UUID %1). Choose a connection to another host.</source>
        <translation>移行元と移行先が同じホストです (ホスト UUID %1)。別のホストへの接続を選択してください。</translation>
    </message>
    <message>
        <source>The destination host already has a virtual machine named %1. Rename one of them first.</source>
        <translation>移行先ホストには %1 という名前の仮想マシンがすでに存在します。先にどちらかの名前を変更してください。</translation>
    </message>
    <message>
        <source>The destination host already has a virtual machine with the UUID of %1 (%2).</source>
        <translation>移行先ホストには %1 と同じ UUID (%2) の仮想マシンがすでに存在します。</translation>
    </message>
    <message>
        <source>The destination host has no storage pool for the folder %1, so the disks cannot be created there. Add the folder as a storage pool on that host, or let QVirt create one.</source>
        <translation>移行先ホストにはフォルダー %1 のストレージプールがないため、ディスクを作成できません。そのホストでこのフォルダーをストレージプールとして追加するか、QVirt にストレージプールを作成させてください。</translation>
    </message>
    <message>
        <source>The destination host already has a file at %1. QVirt does not overwrite it: move or delete it there, or choose shared storage.</source>
        <translation>移行先ホストの %1 にはすでにファイルが存在します。QVirt はこのファイルを上書きしません。移行先でファイルを移動または削除するか、共有ストレージを選択してください。</translation>
    </message>
    <message>
        <source>The destination host made the disk at %1 instead of %2.</source>
        <translation>移行先ホストはディスクを %2 ではなく %1 に作成しました。</translation>
    </message>
    <message>
        <source>Copying only the top layer of %1 needs its backing file %2 on the destination host, and it is not there (in a storage pool). Copy the whole disks instead, or copy the backing file there first.</source>
        <translation>%1 の最上位レイヤーのみをコピーするには、バッキングファイル %2 が移行先ホストの (ストレージプール内に) 存在する必要がありますが、見つかりません。代わりにディスク全体をコピーするか、先にバッキングファイルを移行先にコピーしてください。</translation>
    </message>
    <message>
        <source>%1 is in no storage pool on the source host, so libvirt cannot read it there. Add its folder as a storage pool on that host, or choose shared storage.</source>
        <translation>%1 は移行元ホストのどのストレージプールにも含まれていないため、libvirt はそのホスト上でこれを読み取れません。そのホストで %1 のフォルダーをストレージプールとして追加するか、共有ストレージを選択してください。</translation>
    </message>
    <message>
        <source>The move was cancelled.</source>
        <translation>移動はキャンセルされました。</translation>
    </message>
    <message>
        <source>The longest pause for %1 could not be set: %2</source>
        <translation>%1 の最大停止時間を設定できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 could not be moved to %2: libvirt cannot tell that both hosts share its disks (%3). Copy the storage, or, if the disks really are shared, allow an unsafe move.</source>
        <translation>%1 を %2 に移動できませんでした。両方のホストでディスクが共有されていることを libvirt が確認できません (%3)。ストレージをコピーするか、ディスクが実際に共有されている場合は安全でない移動を許可してください。</translation>
    </message>
    <message>
        <source>%1 could not be moved to %2, and it still runs on the source host: %3</source>
        <translation>%1 を %2 に移動できませんでした。仮想マシンは引き続き移行元ホストで実行されています: %3</translation>
    </message>
    <message>
        <source>%1 could not be moved to %2, and it is still on the source host: %3</source>
        <translation>%1 を %2 に移動できませんでした。仮想マシンは移行元ホストに残っています: %3</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network and display</source>
        <translation>ネットワークとディスプレイ</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Display (VNC)</source>
        <translation>ディスプレイ (VNC)</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>接続先(&amp;C):</translation>
    </message>
    <message>
        <source>Device &amp;model:</source>
        <translation>デバイスモデル(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation>MAC アドレス(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>待ち受けアドレス(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Video:</source>
        <translation>ビデオ(&amp;V):</translation>
    </message>
    <message>
        <source>Chosen by libvirt</source>
        <translation>libvirt が決定</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>This host only (127.0.0.1; reach it through QVirt or an SSH tunnel)</source>
        <translation>このホストのみ (127.0.0.1、QVirt または SSH トンネル経由で接続)</translation>
    </message>
    <message>
        <source>Every network interface of the host (0.0.0.0)</source>
        <translation>ホストのすべてのネットワークインターフェイス (0.0.0.0)</translation>
    </message>
    <message>
        <source>&amp;Start this network now and whenever the host starts</source>
        <translation>このネットワークを今すぐ起動し、ホストの起動時にも起動する(&amp;S)</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>Virtual network %1 (%2)</source>
        <translation>仮想ネットワーク %1 (%2)</translation>
    </message>
    <message>
        <source>Virtual network %1 (%2, inactive)</source>
        <translation>仮想ネットワーク %1 (%2、非アクティブ)</translation>
    </message>
    <message>
        <source>Host bridge %1</source>
        <translation>ホストブリッジ %1</translation>
    </message>
    <message>
        <source>Macvtap on %1 (the host itself cannot reach the VM)</source>
        <translation>%1 上の macvtap (ホスト自身からは仮想マシンに接続できません)</translation>
    </message>
    <message>
        <source>User-mode networking (no setup on the host; slower)</source>
        <translation>ユーザーモードネットワーク (ホスト側の設定不要、低速)</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>ネットワークなし</translation>
    </message>
    <message>
        <source>The network %1 is not running: the VM cannot start until it is.</source>
        <translation>ネットワーク %1 は実行されていません。ネットワークが起動するまで、仮想マシンは起動できません。</translation>
    </message>
    <message>
        <source>Anyone who can reach the host can see and use this VM&apos;s screen. Set a password, or listen on this host only.</source>
        <translation>ホストに到達できる人は誰でも、この仮想マシンの画面を表示して操作できます。パスワードを設定するか、このホストのみで待ち受けるようにしてください。</translation>
    </message>
    <message>
        <source>The MAC address must be six pairs of hexadecimal digits, such as 52:54:00:12:34:56, or empty.</source>
        <translation>MAC アドレスは 52:54:00:12:34:56 のような 2 桁の 16 進数 6 組で指定するか、空欄にしてください。</translation>
    </message>
</context>
<context>
    <name>Networks</name>
    <message>
        <source>The host&apos;s networks could not be listed.</source>
        <translation>ホストのネットワークを一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>The network could not be defined.</source>
        <translation>ネットワークを定義できませんでした。</translation>
    </message>
    <message>
        <source>The network %1 was defined but could not be started: %2</source>
        <translation>ネットワーク %1 は定義されましたが、起動できませんでした: %2</translation>
    </message>
    <message>
        <source>The network %1 was defined, but starting it with the host could not be set: %2</source>
        <translation>ネットワーク %1 は定義されましたが、ホスト起動時の自動起動を設定できませんでした: %2</translation>
    </message>
    <message>
        <source>The definition names the UUID %1, but this network&apos;s UUID is %2. Saving it would define a second network; put back the UUID %2.</source>
        <translation>定義には UUID %1 が指定されていますが、このネットワークの UUID は %2 です。このまま保存すると 2 つ目のネットワークが定義されてしまいます。UUID を %2 に戻してください。</translation>
    </message>
    <message>
        <source>The definition names the network &quot;%1&quot;, but it is called &quot;%2&quot;. A network cannot be renamed through its definition: put back the name &quot;%2&quot;, or make a new network.</source>
        <translation>定義にはネットワーク「%1」が指定されていますが、このネットワークの名前は「%2」です。定義からネットワークの名前を変更することはできません。名前を「%2」に戻すか、新しいネットワークを作成してください。</translation>
    </message>
    <message>
        <source>This host&apos;s libvirt does not report its interfaces: %1</source>
        <translation>このホストの libvirt はインターフェイスの情報を提供していません: %1</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>Isolated</source>
        <extracomment>Forward mode of a virtual network: no forwarding, guests and host only</extracomment>
        <translation>分離</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Routed</source>
        <extracomment>Forward mode of a virtual network</extracomment>
        <translation>ルーティング</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Forward mode of a virtual network: routed without firewall rules</extracomment>
        <translation>オープン</translation>
    </message>
    <message>
        <source>Bridged</source>
        <extracomment>Forward mode of a virtual network: guests on an existing host bridge</extracomment>
        <translation>ブリッジ</translation>
    </message>
    <message>
        <source>SR-IOV pool</source>
        <extracomment>Forward mode of a virtual network: a pool of SR-IOV virtual functions</extracomment>
        <translation>SR-IOV プール</translation>
    </message>
    <message>
        <source>The host&apos;s virtual networks could not be listed: %1</source>
        <translation>ホストの仮想ネットワークを一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>State of a virtual network</extracomment>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Whether a network starts with the host</extracomment>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A DHCP range: %1 the first address, %2 the last</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>接続は閉じられています。</translation>
    </message>
    <message>
        <source>No network is selected.</source>
        <translation>ネットワークが選択されていません。</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Starts with the host:</source>
        <translation>ホスト起動時に起動:</translation>
    </message>
    <message>
        <source>Persistent:</source>
        <extracomment>Row label: whether the network has a persistent definition</extracomment>
        <translation>永続:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <source>Bridge:</source>
        <translation>ブリッジ:</translation>
    </message>
    <message>
        <source>IPv4 address:</source>
        <translation>IPv4 アドレス:</translation>
    </message>
    <message>
        <source>DHCP range:</source>
        <translation>DHCP 範囲:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Forward device:</source>
        <translation>転送先デバイス:</translation>
    </message>
    <message>
        <source>Physical function:</source>
        <translation>物理機能:</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>DHCP leases (the network is not running)</source>
        <translation>DHCP リース (ネットワークは実行されていません)</translation>
    </message>
    <message>
        <source>&amp;DHCP leases</source>
        <translation>DHCP リース(&amp;D)</translation>
    </message>
    <message>
        <source>The DHCP leases of %1 could not be read: %2</source>
        <translation>%1 の DHCP リースを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Expiry of a DHCP lease that never expires</extracomment>
        <translation>無期限</translation>
    </message>
    <message>
        <source>&amp;DHCP leases: none</source>
        <translation>DHCP リース(&amp;D): なし</translation>
    </message>
    <message>
        <source>Virtual Networks</source>
        <translation>仮想ネットワーク</translation>
    </message>
    <message>
        <source>Check the network&apos;s definition on its XML tab and the host&apos;s libvirt log.</source>
        <translation>「XML」タブでネットワークの定義を、またホストの libvirt ログを確認してください。</translation>
    </message>
    <message>
        <source>The network %1 could not be started.</source>
        <translation>ネットワーク %1 を起動できませんでした。</translation>
    </message>
    <message>
        <source>Stop Network</source>
        <translation>ネットワークの停止</translation>
    </message>
    <message>
        <source>Stop the network %1? Running VMs on it lose their connection until it is started again.</source>
        <translation>ネットワーク %1 を停止しますか? このネットワーク上で実行中の仮想マシンは、ネットワークが再び起動されるまで接続できなくなります。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>The network %1 could not be stopped.</source>
        <translation>ネットワーク %1 を停止できませんでした。</translation>
    </message>
    <message>
        <source>Delete the network %1? It is stopped and its definition removed; this cannot be undone.</source>
        <translation>ネットワーク %1 を削除しますか? ネットワークは停止され、定義が削除されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete the network %1? These VMs have an interface on it and will not start until they are moved to another network: %2. It is stopped and its definition removed; this cannot be undone.</source>
        <translation>ネットワーク %1 を削除しますか? 次の仮想マシンはこのネットワーク上にインターフェイスがあり、別のネットワークに移すまで起動できなくなります: %2。ネットワークは停止され、定義が削除されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete Network</source>
        <translation>ネットワークの削除</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>The network %1 could not be deleted.</source>
        <translation>ネットワーク %1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>The network %1 could not be set to start with the host.</source>
        <translation>ネットワーク %1 をホスト起動時に起動するよう設定できませんでした。</translation>
    </message>
    <message>
        <source>The network %1 could not be kept from starting with the host.</source>
        <translation>ネットワーク %1 をホスト起動時に起動しないよう設定できませんでした。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Autostart</source>
        <extracomment>Column: starts with the host</extracomment>
        <translation>自動起動</translation>
    </message>
    <message>
        <source>Persistent</source>
        <extracomment>Column: has a persistent definition</extracomment>
        <translation>永続</translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>Column: forward mode</extracomment>
        <translation>モード</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>ブリッジ</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4 アドレス</translation>
    </message>
    <message>
        <source>DHCP range</source>
        <translation>DHCP 範囲</translation>
    </message>
    <message>
        <source>Forward device</source>
        <extracomment>Column: the host NIC a network forwards to</extracomment>
        <translation>転送先デバイス</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Expires</source>
        <extracomment>Column: when a DHCP lease expires</extracomment>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <extracomment>Button: start the selected virtual network</extracomment>
        <translation>起動(&amp;T)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <extracomment>Button: stop the selected virtual network</extracomment>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Start with the &amp;host</source>
        <translation>ホスト起動時に起動(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Virtual networks</source>
        <translation>仮想ネットワーク</translation>
    </message>
    <message>
        <source>DHCP leases</source>
        <translation>DHCP リース</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Tab of the virtual network details</extracomment>
        <translation>詳細</translation>
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
        <translation>DHCP でアドレスを割り当てる(&amp;D)</translation>
    </message>
    <message>
        <source>Start the network &amp;now</source>
        <translation>今すぐネットワークを起動する(&amp;N)</translation>
    </message>
    <message>
        <source>Start the network &amp;with the host</source>
        <translation>ホスト起動時にネットワークを起動する(&amp;W)</translation>
    </message>
    <message>
        <source>New Virtual Network</source>
        <translation>新しい仮想ネットワーク</translation>
    </message>
    <message>
        <source>automatic (virbrN)</source>
        <extracomment>Placeholder of the bridge name field: libvirt picks a free virbrN when it is left empty</extracomment>
        <translation>自動 (virbrN)</translation>
    </message>
    <message>
        <source>IPv4 network address</source>
        <translation>IPv4 ネットワークアドレス</translation>
    </message>
    <message>
        <source>IPv4 prefix length</source>
        <translation>IPv4 プレフィックス長</translation>
    </message>
    <message>
        <source>First address handed out by DHCP</source>
        <translation>DHCP で割り当てる最初のアドレス</translation>
    </message>
    <message>
        <source>Last address handed out by DHCP</source>
        <translation>DHCP で割り当てる最後のアドレス</translation>
    </message>
    <message>
        <source>NAT (guests reach the outside through the host&apos;s address)</source>
        <extracomment>Network mode: guests reach outside through the host&apos;s address (masquerading)</extracomment>
        <translation>NAT (ゲストはホストのアドレスを使用して外部に接続)</translation>
    </message>
    <message>
        <source>Routed (the host routes the guests&apos; own addresses)</source>
        <translation>ルーティング (ホストがゲスト自身のアドレスをルーティング)</translation>
    </message>
    <message>
        <source>Isolated (guests and the host only)</source>
        <translation>分離 (ゲストとホストのみ)</translation>
    </message>
    <message>
        <source>Open (routed, without firewall rules from libvirt)</source>
        <translation>オープン (ルーティング、libvirt によるファイアウォールルールなし)</translation>
    </message>
    <message>
        <source>Bridged to an existing host bridge</source>
        <translation>既存のホストブリッジにブリッジ接続</translation>
    </message>
    <message>
        <source>SR-IOV pool of virtual functions</source>
        <translation>仮想機能の SR-IOV プール</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>モード(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Bridge name:</source>
        <translation>ブリッジ名(&amp;B):</translation>
    </message>
    <message>
        <source>Host &amp;bridge:</source>
        <translation>ホストブリッジ(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Forward to:</source>
        <extracomment>The host NIC NAT or routed traffic leaves by</extracomment>
        <translation>転送先(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Physical function:</source>
        <extracomment>The SR-IOV physical function whose virtual functions make the pool</extracomment>
        <translation>物理機能(&amp;P):</translation>
    </message>
    <message>
        <source>IPv4 &amp;network:</source>
        <translation>IPv4 ネットワーク(&amp;N):</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the first and last address of a DHCP range</extracomment>
        <translation>～</translation>
    </message>
    <message>
        <source>DHCP range:</source>
        <translation>DHCP 範囲:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Any interface</source>
        <translation>任意のインターフェイス</translation>
    </message>
    <message>
        <source>%1 (%2 virtual functions)</source>
        <extracomment>%1 an interface name, %2 how many virtual functions it has</extracomment>
        <translation>%1 (仮想機能 %2 個)</translation>
    </message>
    <message>
        <source>Give the network a name.</source>
        <translation>ネットワークの名前を入力してください。</translation>
    </message>
    <message>
        <source>A network called &quot;%1&quot; exists already; choose another name.</source>
        <translation>ネットワーク「%1」はすでに存在します。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>Choose the host bridge the network puts guests on. The Interfaces page shows how to make one.</source>
        <translation>ゲストを接続するホストブリッジを選択してください。作成方法は「インターフェイス」ページで確認できます。</translation>
    </message>
    <message>
        <source>Choose or type the SR-IOV network card (physical function) whose virtual functions make the pool.</source>
        <translation>プールを構成する仮想機能を持つ SR-IOV ネットワークカード (物理機能) を選択または入力してください。</translation>
    </message>
    <message>
        <source>Type an IPv4 network such as 192.168.100.0 with its prefix length.</source>
        <translation>192.168.100.0 のような IPv4 ネットワークとそのプレフィックス長を入力してください。</translation>
    </message>
    <message>
        <source>The network %1/%2 overlaps the network &quot;%3&quot; (%4/%5); guests could not reach both. Choose another network.</source>
        <extracomment>%1/%2 the new network, %3 the other network&apos;s name, %4/%5 its address and prefix</extracomment>
        <translation>ネットワーク %1/%2 はネットワーク「%3」(%4/%5) と重複しているため、ゲストが両方に到達できなくなります。別のネットワークを選択してください。</translation>
    </message>
    <message>
        <source>The network %1/%2 overlaps the host&apos;s address %3 on %4. Choose another network.</source>
        <translation>ネットワーク %1/%2 は %4 上のホストのアドレス %3 と重複しています。別のネットワークを選択してください。</translation>
    </message>
    <message>
        <source>The DHCP range must be two addresses of the network %1/%2, the first not after the last.</source>
        <translation>DHCP 範囲には、ネットワーク %1/%2 内の 2 つのアドレスを、最初のアドレスが最後のアドレスより後にならないように指定してください。</translation>
    </message>
    <message>
        <source>The network %1/%2 overlaps no other network of this host.</source>
        <translation>ネットワーク %1/%2 は、このホストの他のネットワークと重複していません。</translation>
    </message>
    <message>
        <source>The network %1 could not be made.</source>
        <translation>ネットワーク %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Check the fields (a bridge name in use, a subnet taken) and try again.</source>
        <translation>入力内容 (使用中のブリッジ名、使用済みのサブネットなど) を確認して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>NewPoolDialog</name>
    <message>
        <source>Start the pool now</source>
        <translation>今すぐプールを起動する</translation>
    </message>
    <message>
        <source>Start the pool with the host</source>
        <translation>ホスト起動時にプールを起動する</translation>
    </message>
    <message>
        <source>New Storage Pool</source>
        <translation>新しいストレージプール</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>server.example.com</source>
        <extracomment>Placeholder: the name or address of an NFS or iSCSI server</extracomment>
        <translation>server.example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <source>Target &amp;path:</source>
        <translation>ターゲットパス(&amp;P):</translation>
    </message>
    <message>
        <source>Source &amp;host:</source>
        <extracomment>Field of a network pool: the server that exports the storage</extracomment>
        <translation>ソースホスト(&amp;H):</translation>
    </message>
    <message>
        <source>Source &amp;folder:</source>
        <extracomment>Field of a netfs pool: the exported folder on the server</extracomment>
        <translation>ソースフォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Source &amp;device:</source>
        <extracomment>Field of a pool: the block device (or iSCSI target IQN) that holds it</extracomment>
        <translation>ソースデバイス(&amp;D):</translation>
    </message>
    <message>
        <source>Source na&amp;me:</source>
        <extracomment>Field of a logical pool: the volume group; of rbd/gluster: the pool or volume name</extracomment>
        <translation>ソース名(&amp;M):</translation>
    </message>
    <message>
        <source>Source f&amp;ormat:</source>
        <extracomment>Field of fs/netfs/disk pools: the file system or partition table format</extracomment>
        <translation>ソース形式(&amp;O):</translation>
    </message>
    <message>
        <source>iqn.2024-01.com.example:target</source>
        <extracomment>Placeholder of the source device field of an iSCSI pool</extracomment>
        <translation>iqn.2024-01.com.example:target</translation>
    </message>
    <message>
        <source>Give the pool a name.</source>
        <translation>プールの名前を入力してください。</translation>
    </message>
    <message>
        <source>Give the folder on the host where the pool&apos;s volumes are kept, as an absolute path.</source>
        <translation>プールのボリュームを保存するホスト上のフォルダーを絶対パスで入力してください。</translation>
    </message>
    <message>
        <source>Give the server that holds the storage.</source>
        <translation>ストレージを提供するサーバーを入力してください。</translation>
    </message>
    <message>
        <source>Give the folder the server exports.</source>
        <translation>サーバーがエクスポートしているフォルダーを入力してください。</translation>
    </message>
    <message>
        <source>Give the block device that holds the file system.</source>
        <translation>ファイルシステムがあるブロックデバイスを入力してください。</translation>
    </message>
    <message>
        <source>Give the volume group&apos;s name, or a device to make it on.</source>
        <translation>ボリュームグループの名前、またはボリュームグループを作成するデバイスを入力してください。</translation>
    </message>
</context>
<context>
    <name>NewVmWizard</name>
    <message>
        <source>New VM on %1</source>
        <translation>%1 上の新しい仮想マシン</translation>
    </message>
    <message>
        <source>New VM</source>
        <translation>新しい仮想マシン</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>The VM could not be created.</source>
        <translation>仮想マシンを作成できませんでした。</translation>
    </message>
    <message>
        <source>QVirt does not know where the installer&apos;s kernel is in the tree %1.</source>
        <translation>QVirt は、ツリー %1 のどこにインストーラーのカーネルがあるかを特定できません。</translation>
    </message>
    <message>
        <source>Let QVirt detect the operating system from the tree (check the URL), or install from an ISO image.</source>
        <translation>QVirt にツリーからオペレーティングシステムを検出させる (URL を確認してください) か、ISO イメージからインストールしてください。</translation>
    </message>
    <message>
        <source>Downloading the installer&apos;s kernel…</source>
        <translation>インストーラーのカーネルをダウンロード中…</translation>
    </message>
    <message>
        <source>The installer&apos;s kernel could not be downloaded.</source>
        <translation>インストーラーのカーネルをダウンロードできませんでした。</translation>
    </message>
    <message>
        <source>Check the URL and that this computer can reach it.</source>
        <translation>URL と、このコンピューターからその URL に到達できることを確認してください。</translation>
    </message>
    <message>
        <source>A network install needs a storage pool on the host to hold the installer&apos;s kernel, and this host has none.</source>
        <translation>ネットワークインストールには、インストーラーのカーネルを置くストレージプールがホスト上に必要ですが、このホストにはありません。</translation>
    </message>
    <message>
        <source>Create the default pool on the Storage page, then try again.</source>
        <translation>「ストレージ」ページで default プールを作成してから、もう一度試してください。</translation>
    </message>
    <message>
        <source>Creating the VM…</source>
        <translation>仮想マシンを作成中…</translation>
    </message>
    <message>
        <source>Your choices are kept: change what the message names and press Create again.</source>
        <translation>選択内容は保持されています。メッセージで示された箇所を変更し、もう一度「作成」を押してください。</translation>
    </message>
    <message>
        <source>The VM %1 was created but could not be started.</source>
        <translation>仮想マシン %1 は作成されましたが、起動できませんでした。</translation>
    </message>
    <message>
        <source>The VM %1 was created and its disk %2 is kept, but the VM could not be started.</source>
        <translation>仮想マシン %1 は作成され、ディスク %2 も保持されていますが、仮想マシンを起動できませんでした。</translation>
    </message>
    <message>
        <source>Fix what the message names (in the VM&apos;s Hardware page if needed) and start the VM from the list.</source>
        <translation>メッセージで示された問題を (必要に応じて仮想マシンの「ハードウェア」ページで) 修正し、一覧から仮想マシンを起動してください。</translation>
    </message>
    <message>
        <source>The network %1 could not be started.</source>
        <translation>ネットワーク %1 を起動できませんでした。</translation>
    </message>
    <message>
        <source>Choose another network, or start this one from the host&apos;s settings.</source>
        <translation>別のネットワークを選択するか、ホストの設定からこのネットワークを起動してください。</translation>
    </message>
</context>
<context>
    <name>NewVolumeDialog</name>
    <message>
        <source>Create it as an overlay on an existing volume</source>
        <translation>既存のボリューム上のオーバーレイとして作成する</translation>
    </message>
    <message>
        <source>New Volume in %1</source>
        <translation>%1 内の新しいボリューム</translation>
    </message>
    <message>
        <source>Backing volume</source>
        <translation>バッキングボリューム</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source> GiB</source>
        <extracomment>Unit after the size of a new volume</extracomment>
        <translation> GiB</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2、%3)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C):</translation>
    </message>
    <message>
        <source>Give the volume a name.</source>
        <translation>ボリュームの名前を入力してください。</translation>
    </message>
    <message>
        <source>A volume&apos;s name cannot contain &quot;/&quot;.</source>
        <translation>ボリュームの名前に「/」は使用できません。</translation>
    </message>
    <message>
        <source>The pool already has a volume named %1.</source>
        <translation>このプールには %1 という名前のボリュームがすでにあります。</translation>
    </message>
    <message>
        <source>The pool has %1 free: the volume can be made, but the guest cannot fill it.</source>
        <translation>プールの空き容量は %1 です。ボリュームは作成できますが、ゲストがボリューム全体を使い切ることはできません。</translation>
    </message>
</context>
<context>
    <name>NicForm</name>
    <message>
        <source>Connection:</source>
        <translation>接続:</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>仮想ネットワーク</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>ホストブリッジ</translation>
    </message>
    <message>
        <source>Host interface (macvtap)</source>
        <translation>ホストのインターフェイス (macvtap)</translation>
    </message>
    <message>
        <source>User mode (no host setup)</source>
        <translation>ユーザーモード (ホスト側の設定不要)</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC アドレス:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>リンク:</translation>
    </message>
    <message>
        <source>Connected (the guest sees a cable plugged in)</source>
        <translation>接続 (ゲストからはケーブルが接続されているように見えます)</translation>
    </message>
    <message>
        <source>Enter the network, bridge or host interface the network interface connects to.</source>
        <translation>ネットワークインターフェイスの接続先となるネットワーク、ブリッジ、またはホストのインターフェイスを入力してください。</translation>
    </message>
    <message>
        <source>Change the network interface %1.</source>
        <translation>ネットワークインターフェイス %1 を変更します。</translation>
    </message>
</context>
<context>
    <name>NodeDevices</name>
    <message>
        <source>The host has no device %1.</source>
        <translation>ホストにデバイス %1 がありません。</translation>
    </message>
    <message>
        <source>%1 could not be bound to vfio-pci: %2
Make sure the vfio-pci module is loaded and no host program uses the device; a graphics card that shows the host&apos;s console must first be freed from its display driver.</source>
        <translation>%1 を vfio-pci にバインドできませんでした: %2
vfio-pci モジュールが読み込まれていて、このデバイスを使用しているホストのプログラムがないことを確認してください。ホストのコンソールを表示しているグラフィックカードは、先にディスプレイドライバーから解放する必要があります。</translation>
    </message>
    <message>
        <source>%1 could not be given back to its host driver: %2
A running VM that uses it must be shut down first.</source>
        <translation>%1 をホストのドライバーに戻せませんでした: %2
このデバイスを使用している実行中の仮想マシンを先にシャットダウンする必要があります。</translation>
    </message>
    <message>
        <source>The device could not be created.</source>
        <translation>デバイスを作成できませんでした。</translation>
    </message>
    <message>
        <source>The device %1 could not be removed.</source>
        <translation>デバイス %1 を削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>OfflineMerge</name>
    <message>
        <source>qemu-img could not be started. Install the qemu-utils package on this host.</source>
        <translation>qemu-img を起動できませんでした。このホストに qemu-utils パッケージをインストールしてください。</translation>
    </message>
    <message>
        <source>qemu-img did not finish within six hours and was stopped.</source>
        <translation>qemu-img が 6 時間以内に終わらなかったため、停止しました。</translation>
    </message>
    <message>
        <source>qemu-img failed: %1</source>
        <extracomment>%1 is qemu-img&apos;s own error message (English), e.g. &quot;Could not open &apos;base.qcow2&apos;: Permission denied&quot;</extracomment>
        <translation>qemu-img が失敗しました: %1</translation>
    </message>
    <message>
        <source>This layer has no image below it to merge into.</source>
        <translation>このレイヤーの下には、マージ先のイメージがありません。</translation>
    </message>
    <message>
        <source>The images were merged, but %1 could not be deleted: %2</source>
        <translation>イメージはマージされましたが、%1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>There is no backing image to pull into the active layer.</source>
        <translation>アクティブレイヤーに取り込むバッキングイメージがありません。</translation>
    </message>
</context>
<context>
    <name>OsDatabase</name>
    <message>
        <source>Unknown operating system</source>
        <translation>不明なオペレーティングシステム</translation>
    </message>
    <message numerus="yes">
        <source>Reading the ISO image %1 took longer than %n second(s). Check that the disk holding it answers, or choose the operating system from the list.</source>
        <translation>
            <numerusform>ISO イメージ %1 の読み取りに %n 秒以上かかりました。イメージがあるディスクが応答しているか確認するか、一覧からオペレーティングシステムを選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ISO image %1 does not exist. Choose an existing image or the operating system from the list.</source>
        <translation>ISO イメージ %1 が存在しません。既存のイメージを選択するか、一覧からオペレーティングシステムを選択してください。</translation>
    </message>
    <message>
        <source>The operating system database (osinfo-db) could not be loaded. Install the osinfo-db package, or choose the operating system from the list.</source>
        <translation>オペレーティングシステムのデータベース (osinfo-db) を読み込めませんでした。osinfo-db パッケージをインストールするか、一覧からオペレーティングシステムを選択してください。</translation>
    </message>
    <message>
        <source>QVirt could not read %1 as an ISO image: %2. Check that the file is a complete CD or DVD image, or choose the operating system from the list.</source>
        <translation>QVirt は %1 を ISO イメージとして読み取れませんでした: %2。ファイルが完全な CD または DVD イメージであることを確認するか、一覧からオペレーティングシステムを選択してください。</translation>
    </message>
    <message>
        <source>The ISO image %1 was not recognised as any operating system QVirt knows. Choose the operating system from the list.</source>
        <translation>ISO イメージ %1 は、QVirt が認識できるどのオペレーティングシステムとも一致しませんでした。一覧からオペレーティングシステムを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Reading the install tree at %1 took longer than %n second(s). Check the address and the network, or choose the operating system from the list.</source>
        <translation>
            <numerusform>%1 のインストールツリーの読み取りに %n 秒以上かかりました。アドレスとネットワークを確認するか、一覧からオペレーティングシステムを選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>QVirt could not read the install tree at %1: %2. Check the address; trees without a .treeinfo file (Debian, Ubuntu) are not recognised, so choose the operating system from the list for them.</source>
        <translation>QVirt は %1 のインストールツリーを読み取れませんでした: %2。アドレスを確認してください。.treeinfo ファイルのないツリー (Debian、Ubuntu) は認識されないため、その場合は一覧からオペレーティングシステムを選択してください。</translation>
    </message>
    <message>
        <source>The install tree at %1 was not recognised as any operating system QVirt knows. Choose the operating system from the list.</source>
        <translation>%1 のインストールツリーは、QVirt が認識できるどのオペレーティングシステムとも一致しませんでした。一覧からオペレーティングシステムを選択してください。</translation>
    </message>
</context>
<context>
    <name>OverviewForm</name>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Machine type:</source>
        <translation>マシンタイプ:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>ファームウェア:</translation>
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
        <translation>PCI デバイスをパススルーしている間はライブマイグレーションできません。これらのデバイスは仮想マシンと一緒に別のホストへ移動できないためです。移動するには仮想マシンをシャットダウンするか、先にデバイスを取り外してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host devi&amp;ces passed through&lt;/b&gt;</source>
        <translation>&lt;b&gt;パススルーするホストデバイス(&amp;C)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>Column header of the VM&apos;s passed-through host devices</extracomment>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Host address</source>
        <translation>ホストアドレス</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Add &amp;PCI Device…</source>
        <translation>PCI デバイスを追加(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;SR-IOV Function…</source>
        <translation>SR-IOV 機能を追加(&amp;S)…</translation>
    </message>
    <message>
        <source>Add &amp;USB Device…</source>
        <translation>USB デバイスを追加(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <extracomment>Button: detach the selected host device from the VM; the device stays on the host (this does not delete anything)</extracomment>
        <translation>取り外す(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guest settings for passthrough&lt;/b&gt;</source>
        <translation>&lt;b&gt;パススルー用のゲスト設定&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Hide the hypervisor from the guest (fixes NVIDIA error 43)</source>
        <translation>ゲストからハイパーバイザーを隠す (NVIDIA のエラー 43 を解消)(&amp;H)</translation>
    </message>
    <message>
        <source>Adds &lt;kvm&gt;&lt;hidden state=&apos;on&apos;/&gt;&lt;/kvm&gt; and a Hyper-V vendor id, so the NVIDIA driver in the guest does not see that it runs in a VM.</source>
        <translation>&lt;kvm&gt;&lt;hidden state=&apos;on&apos;/&gt;&lt;/kvm&gt; と Hyper-V ベンダー ID を追加し、ゲスト内の NVIDIA ドライバーが仮想マシン上で動作していることを検出できないようにします。</translation>
    </message>
    <message>
        <source>Hyper-V &amp;vendor id:</source>
        <translation>Hyper-V ベンダー ID(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>ファームウェア(&amp;F):</translation>
    </message>
    <message>
        <source>BIOS (SeaBIOS)</source>
        <translation>BIOS (SeaBIOS)</translation>
    </message>
    <message>
        <source>UEFI (OVMF), which most passed-through graphics cards need</source>
        <translation>UEFI (OVMF)、パススルーするグラフィックカードの多くで必要</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <extracomment>Button: save the passthrough settings to the VM&apos;s configuration</extracomment>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>USB device</source>
        <translation>USB デバイス</translation>
    </message>
    <message>
        <source>PCI device</source>
        <translation>PCI デバイス</translation>
    </message>
    <message>
        <source>bus %1 device %2</source>
        <translation>バス %1 デバイス %2</translation>
    </message>
    <message>
        <source>USB</source>
        <extracomment>Details column of a passed-through USB device</extracomment>
        <translation>USB</translation>
    </message>
    <message>
        <source>network interface, MAC %1</source>
        <translation>ネットワークインターフェイス、MAC %1</translation>
    </message>
    <message>
        <source>chosen by libvirt</source>
        <extracomment>Stands for the MAC address when libvirt picks one</extracomment>
        <translation>libvirt が選択</translation>
    </message>
    <message>
        <source>PCI, managed by libvirt</source>
        <translation>PCI、libvirt が管理</translation>
    </message>
    <message>
        <source>PCI, bound to vfio-pci by hand</source>
        <translation>PCI、手動で vfio-pci にバインド済み</translation>
    </message>
    <message>
        <source>No host devices. Add a PCI device (a graphics card, a network card) or a USB device to pass it through.</source>
        <translation>ホストデバイスはありません。PCI デバイス (グラフィックカード、ネットワークカードなど) または USB デバイスを追加すると、パススルーできます。</translation>
    </message>
    <message>
        <source>Changes here apply the next time the VM starts.</source>
        <translation>ここでの変更は、次回仮想マシンを起動したときに反映されます。</translation>
    </message>
    <message>
        <source>Passthrough Settings</source>
        <translation>パススルー設定</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>設定を保存できませんでした。</translation>
    </message>
    <message>
        <source>Your choices are still on the page; correct them and apply again.</source>
        <translation>選択内容はページに残っています。修正してからもう一度適用してください。</translation>
    </message>
    <message>
        <source>Remove Host Device</source>
        <extracomment>Detach a host device from the VM; the device stays on the host (nothing is deleted)</extracomment>
        <translation>ホストデバイスの取り外し</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the VM? It stays on the host.</source>
        <translation>仮想マシンから %1 (%2) を取り外しますか? デバイスはホストに残ります。</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Confirmation button: detach the host device from the VM (nothing is deleted)</extracomment>
        <translation>取り外す</translation>
    </message>
    <message>
        <source>The device could not be removed.</source>
        <translation>デバイスを取り外せませんでした。</translation>
    </message>
    <message>
        <source>Host devices passed through</source>
        <translation>パススルーするホストデバイス</translation>
    </message>
    <message>
        <source>SR-IOV virtual function from a pool network</source>
        <translation>プールネットワークからの SR-IOV 仮想機能</translation>
    </message>
    <message>
        <source>network %1</source>
        <extracomment>Address column of an SR-IOV function taken from a pool network; %1 is the network name</extracomment>
        <translation>ネットワーク %1</translation>
    </message>
</context>
<context>
    <name>PassthroughReadiness</name>
    <message>
        <source>IOMMU enabled</source>
        <extracomment>Title of a passthrough readiness check (shown with Ready / Needs fixing)</extracomment>
        <translation>IOMMU 有効</translation>
    </message>
    <message numerus="yes">
        <source>%n IOMMU group(s) present.</source>
        <translation>
            <numerusform>IOMMU グループが %n 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel command line turns the IOMMU on, but there are no IOMMU groups: VT-d or AMD-Vi may be off in the firmware.</source>
        <translation>カーネルコマンドラインで IOMMU が有効になっていますが、IOMMU グループがありません。ファームウェアで VT-d または AMD-Vi が無効になっている可能性があります。</translation>
    </message>
    <message>
        <source>There are no IOMMU groups and the kernel command line has neither intel_iommu=on nor amd_iommu=on.</source>
        <translation>IOMMU グループがなく、カーネルコマンドラインに intel_iommu=on も amd_iommu=on もありません。</translation>
    </message>
    <message>
        <source>Enable VT-d (Intel) or AMD-Vi in the firmware, add intel_iommu=on (or amd_iommu=on) to GRUB_CMDLINE_LINUX in /etc/default/grub, regenerate the GRUB configuration (grub2-mkconfig -o … or update-grub) and reboot.</source>
        <translation>ファームウェアで VT-d (Intel) または AMD-Vi を有効にし、/etc/default/grub の GRUB_CMDLINE_LINUX に intel_iommu=on (または amd_iommu=on) を追加して、GRUB 設定を再生成 (grub2-mkconfig -o … または update-grub) してから再起動してください。</translation>
    </message>
    <message>
        <source>vfio-pci available</source>
        <extracomment>Title of a passthrough readiness check (shown with Ready / Needs fixing)</extracomment>
        <translation>vfio-pci 利用可能</translation>
    </message>
    <message>
        <source>The vfio-pci driver is loaded.</source>
        <translation>vfio-pci ドライバーが読み込まれています。</translation>
    </message>
    <message>
        <source>The vfio-pci driver is not loaded.</source>
        <translation>vfio-pci ドライバーが読み込まれていません。</translation>
    </message>
    <message>
        <source>Load it with modprobe vfio-pci, and list it in /etc/modules-load.d/ so it loads at boot. libvirt also loads it when it detaches a device.</source>
        <translation>modprobe vfio-pci で読み込み、起動時に読み込まれるよう /etc/modules-load.d/ に登録してください。libvirt もデバイスを切り離す際にこのドライバーを読み込みます。</translation>
    </message>
    <message>
        <source>Graphics cards free of host display drivers</source>
        <translation>ホストのディスプレイドライバーに占有されていないグラフィックカード</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a graphics card, %2 the host display driver that holds it</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Held by a host display driver: %1.</source>
        <translation>ホストのディスプレイドライバーが使用中: %1。</translation>
    </message>
    <message>
        <source>Keep the host&apos;s driver off the card: blacklist it (for nouveau: &quot;blacklist nouveau&quot; and &quot;options nouveau modeset=0&quot; in /etc/modprobe.d/), rebuild the initramfs (dracut -f, or update-initramfs -u) and reboot; then bind the card to vfio-pci.</source>
        <translation>ホストのドライバーがカードを使用しないようにしてください: ドライバーをブラックリストに登録し (nouveau の場合は /etc/modprobe.d/ に「blacklist nouveau」と「options nouveau modeset=0」を記述)、initramfs を再作成 (dracut -f または update-initramfs -u) して再起動したうえで、カードを vfio-pci にバインドしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n graphics card(s), none held by a host display driver.</source>
        <translation>
            <numerusform>グラフィックカード %n 枚 (ホストのディスプレイドライバーが使用しているものはありません)。</numerusform>
        </translation>
    </message>
    <message>
        <source>No graphics cards found.</source>
        <translation>グラフィックカードが見つかりません。</translation>
    </message>
    <message>
        <source>Interrupt remapping</source>
        <extracomment>Title of a passthrough readiness check (shown with Ready / Needs fixing)</extracomment>
        <translation>割り込みリマッピング</translation>
    </message>
    <message>
        <source>The kernel command line turns it off (intremap=off).</source>
        <translation>カーネルコマンドラインで無効にされています (intremap=off)。</translation>
    </message>
    <message>
        <source>Remove intremap=off from the kernel command line and reboot.</source>
        <translation>カーネルコマンドラインから intremap=off を削除して再起動してください。</translation>
    </message>
    <message>
        <source>AMD-Vi remaps interrupts.</source>
        <translation>AMD-Vi が割り込みをリマップします。</translation>
    </message>
    <message>
        <source>Every VT-d unit supports it.</source>
        <translation>すべての VT-d ユニットが対応しています。</translation>
    </message>
    <message>
        <source>A VT-d unit lacks it.</source>
        <translation>対応していない VT-d ユニットがあります。</translation>
    </message>
    <message>
        <source>Passthrough may still work with vfio_iommu_type1 allow_unsafe_interrupts=1, at the cost of isolation; a newer platform is the real fix.</source>
        <translation>vfio_iommu_type1 allow_unsafe_interrupts=1 を使えばパススルーは動作する可能性がありますが、分離性が犠牲になります。根本的な解決策は新しいプラットフォームです。</translation>
    </message>
    <message>
        <source>Could not be checked: no IOMMU units are listed.</source>
        <translation>確認できませんでした: IOMMU ユニットが一覧にありません。</translation>
    </message>
    <message>
        <source>Could not be checked remotely: %1</source>
        <translation>リモートでは確認できませんでした: %1</translation>
    </message>
    <message>
        <source>libvirt lists no PCI devices.</source>
        <translation>libvirt が PCI デバイスを 1 つも報告していません。</translation>
    </message>
    <message numerus="yes">
        <source>libvirt lists %n PCI device(s), none of them in an IOMMU group.</source>
        <translation>
            <numerusform>libvirt は PCI デバイスを %n 個報告していますが、IOMMU グループに属しているものはありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>On the host, run dmesg | grep -e DMAR -e IOMMU, and ls /sys/kernel/iommu_groups: numbered groups there mean the IOMMU is on.</source>
        <translation>ホスト上で dmesg | grep -e DMAR -e IOMMU と ls /sys/kernel/iommu_groups を実行してください。iommu_groups に番号付きのグループがあれば IOMMU は有効です。</translation>
    </message>
    <message>
        <source>libvirt did not report which host devices it supports.</source>
        <translation>libvirt は対応しているホストデバイスの種類を報告しませんでした。</translation>
    </message>
    <message>
        <source>On the host, run lsmod | grep vfio: vfio_pci in the list means the driver is loaded.</source>
        <translation>ホスト上で lsmod | grep vfio を実行してください。一覧に vfio_pci があればドライバーは読み込まれています。</translation>
    </message>
    <message>
        <source>libvirt on this host does not support host devices.</source>
        <translation>このホストの libvirt はホストデバイスに対応していません。</translation>
    </message>
    <message>
        <source>Install QEMU/KVM and libvirt&apos;s QEMU driver on the host (on Debian: qemu-system-x86 and libvirt-daemon-system).</source>
        <translation>ホストに QEMU/KVM と libvirt の QEMU ドライバーをインストールしてください (Debian では qemu-system-x86 と libvirt-daemon-system)。</translation>
    </message>
    <message>
        <source>libvirt can pass PCI devices through with VFIO.</source>
        <translation>libvirt は VFIO で PCI デバイスをパススルーできます。</translation>
    </message>
    <message>
        <source>libvirt offers no VFIO backend for PCI devices: the vfio driver is not loaded, or the IOMMU is off.</source>
        <translation>libvirt が PCI デバイス用の VFIO バックエンドを提供していません。vfio ドライバーが読み込まれていないか、IOMMU が無効です。</translation>
    </message>
    <message>
        <source>On the host, run lspci -nnk | grep -A3 -e VGA -e 3D and look at &quot;Kernel driver in use&quot;: vfio-pci, or none, is ready.</source>
        <translation>ホスト上で lspci -nnk | grep -A3 -e VGA -e 3D を実行し、「Kernel driver in use」を確認してください。vfio-pci になっているか、この行がなければ準備完了です。</translation>
    </message>
    <message>
        <source>libvirt reports no drivers for the host&apos;s PCI devices.</source>
        <translation>libvirt はホストの PCI デバイスのドライバーを報告していません。</translation>
    </message>
    <message>
        <source>libvirt does not report it.</source>
        <translation>libvirt はこの情報を報告しません。</translation>
    </message>
    <message>
        <source>On the host, run dmesg | grep -i remapping: &quot;Enabled IRQ remapping&quot; (Intel) or &quot;Interrupt remapping enabled&quot; (AMD) means it is on.</source>
        <translation>ホスト上で dmesg | grep -i remapping を実行してください。「Enabled IRQ remapping」(Intel) または「Interrupt remapping enabled」(AMD) と表示されれば有効です。</translation>
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
        <translation>ホスト全体に占める割合</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Balloon</source>
        <translation>バルーン</translation>
    </message>
    <message>
        <source>QEMU resident</source>
        <translation>QEMU 常駐メモリー</translation>
    </message>
    <message>
        <source>%1 read</source>
        <extracomment>Series of the disk graph: bytes read per second from one disk; %1 its target (vda)</extracomment>
        <translation>%1 読み取り</translation>
    </message>
    <message>
        <source>%1 write</source>
        <extracomment>Series of the disk graph: bytes written per second to one disk; %1 its target (vda)</extracomment>
        <translation>%1 書き込み</translation>
    </message>
    <message>
        <source>%1 received</source>
        <extracomment>Series of the network graph: bytes received per second (RX) on one interface; %1 its name (vnet0)</extracomment>
        <translation>%1 受信</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <extracomment>Series of the network graph: bytes sent per second (TX) on one interface; %1 its name (vnet0)</extracomment>
        <translation>%1 送信</translation>
    </message>
    <message>
        <source>This virtual machine has no disk.</source>
        <translation>この仮想マシンにはディスクがありません。</translation>
    </message>
    <message>
        <source>This virtual machine has no network interface.</source>
        <translation>この仮想マシンにはネットワークインターフェイスがありません。</translation>
    </message>
    <message>
        <source>Statistics appear while the virtual machine runs.</source>
        <translation>統計は仮想マシンの実行中に表示されます。</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>Label of the combo box that picks the time range of the performance graphs</extracomment>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <extracomment>Title of a performance graph</extracomment>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory</source>
        <extracomment>Title of a performance graph</extracomment>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <extracomment>Title of a performance graph: bytes read and written per second</extracomment>
        <translation>ディスク I/O</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <extracomment>Title of a performance graph: bytes received and sent per second</extracomment>
        <translation>ネットワーク I/O</translation>
    </message>
    <message>
        <source>CPU figures are not available for this virtual machine.</source>
        <translation>この仮想マシンの CPU データは取得できません。</translation>
    </message>
    <message>
        <source>Memory figures are not available for this virtual machine.</source>
        <translation>この仮想マシンのメモリーデータは取得できません。</translation>
    </message>
    <message>
        <source>Disk figures are not available for this virtual machine.</source>
        <translation>この仮想マシンのディスクデータは取得できません。</translation>
    </message>
    <message>
        <source>Network figures are not available for this virtual machine.</source>
        <translation>この仮想マシンのネットワークデータは取得できません。</translation>
    </message>
</context>
<context>
    <name>PortForward</name>
    <message>
        <source>The local port for the display cannot open (%1): %2</source>
        <translation>ディスプレイ用のローカルポートを開けません (%1): %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>QVirt Preferences</source>
        <translation>QVirt の設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language entry that follows the LANG/LANGUAGE environment; %1 is that language&apos;s own name.</extracomment>
        <translation>システムの既定 (%1)</translation>
    </message>
    <message>
        <source>Every open window switches to the new language at once. QVirt carries its own Chinese, Japanese and Korean glyphs, so the text stays readable on a server without those fonts, also through ssh -X.</source>
        <translation>開いているすべてのウィンドウがすぐに新しい言語に切り替わります。QVirt は中国語・日本語・韓国語のグリフを内蔵しているため、これらのフォントがないサーバー上でも、ssh -X 経由でも文字が正しく表示されます。</translation>
    </message>
    <message>
        <source>Statistics</source>
        <extracomment>Group of settings in Preferences: CPU, memory, disk and network figures sampled from the hosts</extracomment>
        <translation>統計</translation>
    </message>
    <message>
        <source>Sampling &amp;interval:</source>
        <translation>サンプリング間隔(&amp;I):</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>statistics sampling</comment>
        <extracomment>The sampling interval&apos;s value when sampling is switched off</extracomment>
        <translation>オフ</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the sampling interval&apos;s number, with its leading space: seconds</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Sampling interval in seconds</source>
        <translation>サンプリング間隔 (秒)</translation>
    </message>
    <message>
        <source>Sample:</source>
        <extracomment>Label before the checkboxes that choose which figures are sampled</extracomment>
        <translation>サンプリング対象:</translation>
    </message>
    <message>
        <source>&amp;CPU usage</source>
        <extracomment>Statistics to sample: the VMs&apos; processor usage</extracomment>
        <translation>CPU 使用率(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Memory</source>
        <extracomment>Statistics to sample: the VMs&apos; memory in use</extracomment>
        <translation>メモリー(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Disk I/O</source>
        <extracomment>Statistics to sample: bytes the VMs read and write on their disks</extracomment>
        <translation>ディスク I/O(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Network I/O</source>
        <extracomment>Statistics to sample: bytes the VMs receive and send on their network interfaces</extracomment>
        <translation>ネットワーク I/O(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <extracomment>Statistics to sample: the host&apos;s own CPU, memory and memory sharing (KSM)</extracomment>
        <translation>ホスト(&amp;H)</translation>
    </message>
    <message>
        <source>Full-resolution &amp;history:</source>
        <translation>全精度の履歴の保持期間(&amp;H):</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <extracomment>Length of the statistics history kept at full resolution</extracomment>
        <translation>10 分間</translation>
    </message>
    <message>
        <source>1 hour</source>
        <extracomment>Length of the statistics history kept at full resolution</extracomment>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>6 hours</source>
        <extracomment>Length of the statistics history kept at full resolution</extracomment>
        <translation>6 時間</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <extracomment>Length of the statistics history kept at full resolution; %1 is a number of minutes</extracomment>
        <translation>%1 分間</translation>
    </message>
    <message>
        <source>No statistics are sampled: the graphs and the list&apos;s usage columns stay empty.</source>
        <translation>統計をサンプリングしません。グラフと一覧の使用状況の列は空のままになります。</translation>
    </message>
    <message>
        <source>Each running virtual machine with one disk and one network interface keeps at most about %1 of history. Older figures are kept as one-minute averages for 24 hours.</source>
        <extracomment>%1 is an amount of memory such as &quot;1.2 MB&quot;</extracomment>
        <translation>ディスクとネットワークインターフェイスを 1 つずつ持つ実行中の仮想マシン 1 台につき、履歴に使うメモリーは最大で約 %1 です。それより古いデータは 1 分ごとの平均値として 24 時間保持されます。</translation>
    </message>
    <message>
        <source>Interface si&amp;ze:</source>
        <extracomment>Preferences: how large QVirt draws its text, icons and windows (a zoom)</extracomment>
        <translation>UI の表示倍率(&amp;Z):</translation>
    </message>
    <message>
        <source>Interface size</source>
        <extracomment>Accessible name of the choice of how large QVirt draws its windows</extracomment>
        <translation>UI の表示倍率</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>An interface size in percent, e.g. &quot;150 %&quot;; %1 is the number. Write the percent sign as your language does.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 is set to %2 in QVirt&apos;s environment and decides the interface size. Start QVirt without it to choose the size here.</source>
        <extracomment>%1 is an environment variable&apos;s name (QT_SCALE_FACTOR), %2 its value (1.5)</extracomment>
        <translation>QVirt の環境で %1 が %2 に設定されており、これによって UI の表示倍率が決まっています。ここで倍率を選択するには、%1 を設定せずに QVirt を起動してください。</translation>
    </message>
    <message>
        <source>The new interface size takes effect after QVirt restarts.</source>
        <translation>新しい表示倍率は QVirt の再起動後に反映されます。</translation>
    </message>
    <message>
        <source>Makes text, icons and windows larger. A console at actual size (1:1) stays sharp at every size.</source>
        <translation>テキスト、アイコン、ウィンドウを大きく表示します。実際のサイズ (1:1) のコンソールは、どの倍率でも鮮明に表示されます。</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <source>Passthrough readiness</source>
        <translation>パススルーの準備状況</translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>Verdict of a passthrough readiness check</extracomment>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Needs fixing</source>
        <extracomment>Verdict of a passthrough readiness check</extracomment>
        <translation>要修正</translation>
    </message>
    <message>
        <source>Could not check</source>
        <extracomment>Verdict of a passthrough readiness check</extracomment>
        <translation>確認できません</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
</context>
<context>
    <name>RemoteViewer</name>
    <message>
        <source>Remote Viewer is not installed. Install the package virt-viewer.</source>
        <translation>Remote Viewer がインストールされていません。virt-viewer パッケージをインストールしてください。</translation>
    </message>
    <message>
        <source>The connection file for Remote Viewer cannot be written in %1: %2</source>
        <translation>Remote Viewer 用の接続ファイルを %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Remote Viewer could not start: %1</source>
        <translation>Remote Viewer を起動できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ResizeVolumeDialog</name>
    <message>
        <source>Resize %1</source>
        <translation>%1 のサイズ変更</translation>
    </message>
    <message>
        <source> MiB</source>
        <extracomment>Unit after the new size of a volume</extracomment>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>現在: %1</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>サイズ変更</translation>
    </message>
    <message>
        <source>&amp;New capacity:</source>
        <translation>新しい容量(&amp;N):</translation>
    </message>
    <message>
        <source>Growing a volume does not grow the file system inside it: do that in the guest afterwards.</source>
        <translation>ボリュームを拡張しても、その中のファイルシステムは拡張されません。拡張後にゲスト内で拡張してください。</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Memory, CPUs and firmware</source>
        <translation>メモリー、CPU、ファームウェア</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>メモリー(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;vCPUs:</source>
        <translation>vCPU(&amp;V):</translation>
    </message>
    <message>
        <source>C&amp;hipset:</source>
        <translation>チップセット(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Firmware:</source>
        <translation>ファームウェア(&amp;F):</translation>
    </message>
    <message>
        <source> MiB</source>
        <extracomment>Unit suffix of a memory size in mebibytes</extracomment>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Q35 (PCI Express; for current systems)</source>
        <translation>Q35 (PCI Express、最近のシステム向け)</translation>
    </message>
    <message>
        <source>i440FX (PCI; for old systems)</source>
        <translation>i440FX (PCI、古いシステム向け)</translation>
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
        <translation>セキュアブート(&amp;S)</translation>
    </message>
    <message>
        <source>Add an emulated &amp;TPM 2.0</source>
        <translation>エミュレートされた TPM 2.0 を追加(&amp;T)</translation>
    </message>
    <message>
        <source>Recommended for %1: the values below. Every choice can be changed.</source>
        <translation>%1 の推奨値は以下のとおりです。どの項目も変更できます。</translation>
    </message>
    <message>
        <source>No operating system was chosen: the values below suit most current systems.</source>
        <translation>オペレーティングシステムが選択されていません。以下の値は最近のほとんどのシステムに適しています。</translation>
    </message>
    <message>
        <source>The host has %1 of memory, %2 of it free.</source>
        <translation>ホストのメモリーは %1 で、そのうち %2 が空いています。</translation>
    </message>
    <message>
        <source>The host&apos;s memory is not known.</source>
        <translation>ホストのメモリー量が不明です。</translation>
    </message>
    <message numerus="yes">
        <source>The host has %n CPU(s): more vCPUs than that make the VM slower, not faster.</source>
        <translation>
            <numerusform>ホストの CPU は %n 個です。これより多くの vCPU を割り当てると、仮想マシンは速くなるどころか遅くなります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The host has %n CPU(s).</source>
        <translation>
            <numerusform>ホストの CPU は %n 個です。</numerusform>
        </translation>
    </message>
    <message>
        <source>UEFI needs OVMF firmware on the host (the Debian package ovmf, edk2-ovmf on Fedora and CentOS).</source>
        <translation>UEFI を使うには、ホストに OVMF ファームウェアが必要です (Debian では ovmf パッケージ、Fedora と CentOS では edk2-ovmf)。</translation>
    </message>
    <message>
        <source>The host&apos;s OVMF firmware has no secure boot variant.</source>
        <translation>ホストの OVMF ファームウェアにはセキュアブート対応版がありません。</translation>
    </message>
    <message>
        <source>%1 needs UEFI firmware.</source>
        <translation>%1 には UEFI ファームウェアが必要です。</translation>
    </message>
    <message>
        <source>%1 needs a TPM 2.0, and an emulated one needs swtpm on the host (the Debian package swtpm-tools).</source>
        <translation>%1 には TPM 2.0 が必要です。エミュレートされた TPM を使うには、ホストに swtpm が必要です (Debian では swtpm-tools パッケージ)。</translation>
    </message>
    <message>
        <source>An emulated TPM needs swtpm on the host (the Debian package swtpm-tools).</source>
        <translation>エミュレートされた TPM を使うには、ホストに swtpm が必要です (Debian では swtpm-tools パッケージ)。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Unknown libvirt error.</source>
        <translation>不明な libvirt エラーです。</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>%1 に接続していません。</translation>
    </message>
</context>
<context>
    <name>SimpleDeviceForm</name>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Listen address:</source>
        <translation>待ち受けアドレス:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>A password is set; QVirt keeps it as it is.</source>
        <translation>パスワードが設定されています。QVirt はそのまま保持します。</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Bus:</source>
        <translation>バス:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>ターゲット:</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>バックエンド:</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1、バージョン %2</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>アクション:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Change the settings of a %1 device.</source>
        <translation>%1 デバイスの設定を変更します。</translation>
    </message>
</context>
<context>
    <name>SnapshotTreeModel</name>
    <message numerus="yes">
        <source>Snapshots (%n)</source>
        <translation>
            <numerusform>スナップショット (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>Snapshot tree: %1 is the snapshot the VM was last reverted to or created from</extracomment>
        <translation>%1 (現在)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <extracomment>Snapshot tree: %1 is the disk&apos;s target name, e.g. vda</extracomment>
        <translation>ディスク %1</translation>
    </message>
    <message>
        <source>%1 (active layer: you are here)</source>
        <translation>%1 (アクティブレイヤー: 現在の位置)</translation>
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
        <translation>、メモリーあり</translation>
    </message>
    <message>
        <source>, disk only</source>
        <extracomment>Appended to &quot;external&quot; or &quot;internal&quot; in the snapshot type column; keep the leading separator</extracomment>
        <translation>、ディスクのみ</translation>
    </message>
    <message>
        <source>%1; VM was %2</source>
        <extracomment>Snapshot type column: %1 is the snapshot type, %2 the state the VM was in when the snapshot was taken (Running, Paused, ...)</extracomment>
        <translation>%1; 作成時の仮想マシンの状態: %2</translation>
    </message>
    <message>
        <source>overlay created by this snapshot</source>
        <translation>このスナップショットで作成されたオーバーレイ</translation>
    </message>
    <message>
        <source>created by snapshot %1</source>
        <translation>スナップショット %1 で作成</translation>
    </message>
    <message>
        <source>base image</source>
        <extracomment>Snapshot tree: the bottom image of a disk&apos;s backing chain</extracomment>
        <translation>ベースイメージ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Size column: %1 is the space the image uses on disk, %2 its virtual size</extracomment>
        <translation>%2 中 %1 使用</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header of the snapshot tree</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column header of the snapshot tree: internal/external, with memory or disk only</extracomment>
        <translation>種類</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header of the snapshot tree: date and time the snapshot was taken</extracomment>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Size (used of virtual)</source>
        <extracomment>Column header of the snapshot tree</extracomment>
        <translation>サイズ (使用量/仮想サイズ)</translation>
    </message>
    <message>
        <source>backing file of: %1</source>
        <extracomment>Snapshot tree: %1 lists the other VMs (linked clones) whose overlays are built on this image</extracomment>
        <translation>バッキングファイルとして使用: %1</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>An internal snapshot lives inside qcow2 images, and disk %1 is %2. Take an external snapshot instead.</source>
        <translation>内部スナップショットは qcow2 イメージ内に保存されますが、ディスク %1 の形式は %2 です。代わりに外部スナップショットを作成してください。</translation>
    </message>
    <message>
        <source>UEFI firmware keeps its variables outside the disk images, so libvirt cannot take an internal snapshot of this virtual machine. Take an external snapshot instead.</source>
        <translation>UEFI ファームウェアは変数をディスクイメージの外に保存するため、libvirt はこの仮想マシンの内部スナップショットを作成できません。代わりに外部スナップショットを作成してください。</translation>
    </message>
    <message>
        <source>This QEMU build cannot take live external snapshots. Shut the virtual machine off and take the snapshot then, or install a QEMU with live snapshot support (qemu-kvm-ev on CentOS 7).</source>
        <translation>この QEMU ビルドでは、実行中の仮想マシンの外部スナップショット (ライブスナップショット) を作成できません。仮想マシンを停止してからスナップショットを作成するか、ライブスナップショットに対応した QEMU (CentOS 7 では qemu-kvm-ev) をインストールしてください。</translation>
    </message>
    <message>
        <source>libvirt could not revert to this external snapshot. Nothing was changed.</source>
        <translation>libvirt はこの外部スナップショットに戻せませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <source>Shut the virtual machine off first: reverting to an external snapshot replaces its disks.</source>
        <translation>先に仮想マシンを停止してください: 外部スナップショットに戻すとディスクが置き換わります。</translation>
    </message>
    <message>
        <source>QVirt reverts external snapshots only on local hosts, where it can create the new overlay files.</source>
        <translation>QVirt が外部スナップショットに戻せるのはローカルホストだけです (新しいオーバーレイファイルをそこで作成するため)。</translation>
    </message>
    <message>
        <source>The image under the snapshot&apos;s overlay %1 could not be found, so the state at the snapshot is unknown. Nothing was changed.</source>
        <translation>スナップショットのオーバーレイ %1 の下のイメージが見つからないため、スナップショット時点の状態がわかりません。何も変更されていません。</translation>
    </message>
    <message>
        <source>The new overlay %1 could not be created: %2. Nothing was changed.</source>
        <translation>新しいオーバーレイ %1 を作成できませんでした: %2。何も変更されていません。</translation>
    </message>
    <message>
        <source>Disk %1 of the snapshot is no longer in the virtual machine. Nothing was changed.</source>
        <translation>スナップショットのディスク %1 はもうこの仮想マシンにありません。何も変更されていません。</translation>
    </message>
    <message>
        <source>The disks were reverted, but the memory state in %1 could not be restored: %2. The virtual machine is off; start it to boot from the reverted disks.</source>
        <translation>ディスクは戻しましたが、%1 のメモリー状態を復元できませんでした: %2。仮想マシンは停止しています。起動すると戻したディスクから起動します。</translation>
    </message>
    <message>
        <source>An external snapshot&apos;s overlay holds data written since; it goes away only by merging it into its backing file (block commit), and libvirt could not do that here. Nothing was changed.</source>
        <translation>外部スナップショットのオーバーレイには、スナップショット以降に書き込まれたデータが保存されています。これを取り除くにはバッキングファイルにマージする (block commit) しかありませんが、ここでは libvirt がそれを実行できませんでした。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>SnapshotsPanel</name>
    <message>
        <source>The snapshots could not be read: %1</source>
        <translation>スナップショットを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Take Snapshot…</source>
        <translation>スナップショットを作成…</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Return the VM to the selected snapshot (button, dialog title); not the same word as Restore (from a saved file) or Resume (a paused VM)</extracomment>
        <translation>スナップショットに戻す</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Button: read the snapshots again</extracomment>
        <translation>更新</translation>
    </message>
    <message>
        <source>Snapshots and disk backing chains</source>
        <translation>スナップショットとディスクのバッキングチェーン</translation>
    </message>
    <message>
        <source>Select a snapshot in the tree.</source>
        <translation>ツリーでスナップショットを選択してください。</translation>
    </message>
    <message>
        <source>Return the virtual machine to this snapshot.</source>
        <translation>仮想マシンをこのスナップショットの状態に戻します。</translation>
    </message>
    <message>
        <source>Deleting an external snapshot merges its overlay into the image below it.</source>
        <translation>外部スナップショットを削除すると、そのオーバーレイは 1 つ下のイメージにマージされます。</translation>
    </message>
    <message>
        <source>Delete this snapshot; the disks keep their current state.</source>
        <translation>このスナップショットを削除します。ディスクは現在の状態のまま保持されます。</translation>
    </message>
    <message>
        <source>Snapshot %1, taken %2.</source>
        <translation>スナップショット %1 (%2 に作成)。</translation>
    </message>
    <message>
        <source>Memory state saved to %1.</source>
        <translation>メモリーの状態は %1 に保存されています。</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>スナップショットの作成</translation>
    </message>
    <message>
        <source>Internal, with memory (inside the qcow2 images)</source>
        <translation>内部スナップショット、メモリーあり (qcow2 イメージ内に保存)</translation>
    </message>
    <message>
        <source>Internal (inside the qcow2 images)</source>
        <translation>内部スナップショット (qcow2 イメージ内に保存)</translation>
    </message>
    <message>
        <source>External, disks only (new overlay files)</source>
        <translation>外部スナップショット、ディスクのみ (新しいオーバーレイファイル)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Type:</source>
        <extracomment>Kind of snapshot to take: internal or external, with memory or disk only</extracomment>
        <translation>種類:</translation>
    </message>
    <message>
        <source>External snapshots turn each disk into a chain: the current image becomes read-only and new writes go to an overlay file next to it.</source>
        <translation>外部スナップショットでは、各ディスクがチェーンになります。現在のイメージは読み取り専用になり、以降の書き込みはその隣に作成されるオーバーレイファイルに保存されます。</translation>
    </message>
    <message>
        <source>Snapshot %1 could not be taken.</source>
        <translation>スナップショット %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Revert to %1? What the virtual machine did since is lost unless you take a snapshot first.</source>
        <translation>%1 に戻しますか? 先にスナップショットを作成しておかない限り、それ以降に仮想マシンで行われた変更はすべて失われます。</translation>
    </message>
    <message>
        <source>The virtual machine could not be reverted to %1.</source>
        <translation>仮想マシンを %1 に戻せませんでした。</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>スナップショットの削除</translation>
    </message>
    <message>
        <source>Delete snapshot %1?</source>
        <translation>スナップショット %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Snapshot %1 could not be deleted.</source>
        <translation>スナップショット %1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>Merge Down (Commit)…</source>
        <translation>下位にマージ (Commit)…</translation>
    </message>
    <message>
        <source>Pull Backing Files Up…</source>
        <translation>バッキングファイルを上位に取り込む…</translation>
    </message>
    <message>
        <source>Cancel Merge</source>
        <translation>マージをキャンセル</translation>
    </message>
    <message>
        <source>Select an image in a disk&apos;s chain.</source>
        <translation>ディスクのバッキングチェーン内のイメージを選択してください。</translation>
    </message>
    <message>
        <source>Merging needs the virtual machine running: QEMU does the work.</source>
        <translation>マージするには仮想マシンが実行中である必要があります。処理は QEMU が行います。</translation>
    </message>
    <message>
        <source>A merge is already under way.</source>
        <translation>マージはすでに実行中です。</translation>
    </message>
    <message>
        <source>The base image has nothing below it to merge into.</source>
        <translation>ベースイメージの下にはマージ先のイメージがありません。</translation>
    </message>
    <message>
        <source>Backing files are pulled into the active layer: select it.</source>
        <translation>バッキングファイルはアクティブレイヤーに取り込まれます。アクティブレイヤーを選択してください。</translation>
    </message>
    <message>
        <source>The active layer has no backing files.</source>
        <translation>アクティブレイヤーにはバッキングファイルがありません。</translation>
    </message>
    <message>
        <source>Write this image&apos;s data into the image below it and drop it from the chain.</source>
        <translation>このイメージのデータを 1 つ下のイメージに書き込み、このイメージをチェーンから外します。</translation>
    </message>
    <message>
        <source>Copy every backing file&apos;s data into the active layer, so it stands alone.</source>
        <translation>すべてのバッキングファイルのデータをアクティブレイヤーにコピーし、単独で使えるイメージにします。</translation>
    </message>
    <message>
        <source>Pull Backing Files Up</source>
        <translation>バッキングファイルを上位に取り込む</translation>
    </message>
    <message>
        <source>Copy the data of every backing file of %1 into %2? The backing files stay on disk.</source>
        <translation>%1 のすべてのバッキングファイルのデータを %2 にコピーしますか? バッキングファイルはディスク上に残ります。</translation>
    </message>
    <message>
        <source>Pull</source>
        <extracomment>Confirmation button: copy the backing files&apos; data up into the active image (block pull)</extracomment>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Merge Down</source>
        <extracomment>Dialog title: merge the selected image into the image below it (block commit)</extracomment>
        <translation>下位にマージ</translation>
    </message>
    <message>
        <source>Merge %1 into %2? %1 then leaves the chain; the file itself stays on disk.</source>
        <translation>%1 を %2 にマージしますか? マージ後、%1 はチェーンから外れますが、ファイル自体はディスク上に残ります。</translation>
    </message>
    <message>
        <source>Merge</source>
        <extracomment>Confirmation button and error title: merge disk images (block commit)</extracomment>
        <translation>マージ</translation>
    </message>
    <message>
        <source>The merge could not start.</source>
        <translation>マージを開始できませんでした。</translation>
    </message>
    <message>
        <source>Every image is unchanged and still valid.</source>
        <translation>どのイメージも変更されておらず、引き続き有効です。</translation>
    </message>
    <message>
        <source>Merging %1: %p%</source>
        <translation>%1 をマージ中: %p%</translation>
    </message>
    <message>
        <source>The merge on disk %1 failed.</source>
        <translation>ディスク %1 のマージに失敗しました。</translation>
    </message>
    <message>
        <source>QEMU stopped the block job.</source>
        <translation>QEMU が block job を停止しました。</translation>
    </message>
    <message>
        <source>The chain is as it was before the merge and every image is valid. See the host&apos;s libvirt log for the reason (a full disk, say).</source>
        <translation>チェーンはマージ前の状態のままで、すべてのイメージは有効です。原因 (ディスクの空き容量不足など) はホストの libvirt ログを参照してください。</translation>
    </message>
    <message>
        <source>Give the disks new overlays on the images they had at this snapshot; the current overlays stay on disk.</source>
        <translation>各ディスクに、スナップショット時点のイメージの上に新しいオーバーレイを作ります。現在のオーバーレイはディスクに残ります。</translation>
    </message>
    <message>
        <source>Revert to %1? It is an external snapshot: QVirt forces the virtual machine off first, then gives each disk a new overlay on the image it had at the snapshot. The current overlays stay on disk.</source>
        <translation>%1 に戻しますか? これは外部スナップショットです。QVirt はまず仮想マシンを強制電源オフし、各ディスクにスナップショット時点のイメージの上の新しいオーバーレイを作ります。現在のオーバーレイはディスクに残ります。</translation>
    </message>
    <message>
        <source>External, with memory (a live checkpoint)</source>
        <translation>外部スナップショット、メモリーあり (ライブチェックポイント)</translation>
    </message>
    <message>
        <source>next to each disk&apos;s current image</source>
        <translation>各ディスクの現在のイメージと同じ場所</translation>
    </message>
    <message>
        <source>Folder for new files:</source>
        <translation>新しいファイルのフォルダー:</translation>
    </message>
    <message>
        <source>Delete merged files</source>
        <translation>マージ済みのファイルを削除</translation>
    </message>
    <message>
        <source>After a successful merge down, delete the images that left the chain. Without it they stay on disk.</source>
        <translation>下位へのマージが成功したら、チェーンから外れたイメージを削除します。オフにするとディスクに残ります。</translation>
    </message>
    <message>
        <source>Save State to File…</source>
        <extracomment>Save the running VM&apos;s memory state to a file and stop it (virsh save)</extracomment>
        <translation>状態をファイルに保存…</translation>
    </message>
    <message>
        <source>Restore State…</source>
        <extracomment>Start the VM from a state file written by &quot;Save State to File&quot; (virsh restore); not a snapshot revert</extracomment>
        <translation>状態を復元…</translation>
    </message>
    <message>
        <source>Take an external disk-only snapshot instead?</source>
        <translation>代わりにディスクのみの外部スナップショットを作成しますか?</translation>
    </message>
    <message>
        <source>Take External Snapshot</source>
        <translation>外部スナップショットを作成</translation>
    </message>
    <message>
        <source>automatic</source>
        <extracomment>Placeholder of an empty file name field: QVirt chooses the file name</extracomment>
        <translation>自動</translation>
    </message>
    <message>
        <source>Overlay for %1:</source>
        <translation>%1 のオーバーレイ:</translation>
    </message>
    <message>
        <source>Memory state file:</source>
        <translation>メモリー状態ファイル:</translation>
    </message>
    <message>
        <source>Overlays outside the chain (%1) may be built on %2; after the merge they no longer show the state they were made from.</source>
        <translation>チェーン外のオーバーレイ (%1) は %2 の上に作られている可能性があります。マージ後は作成時の状態を示さなくなります。</translation>
    </message>
    <message>
        <source>%1 is the backing file of %2: merging would change what they read and corrupt them.</source>
        <translation>%1 は %2 のバッキングファイルです。マージすると、それらが読み取る内容が変わり、破損してしまいます。</translation>
    </message>
    <message>
        <source>%1 (backing file of %2)</source>
        <translation>%1 (%2 のバッキングファイル)</translation>
    </message>
    <message>
        <source>Other virtual machines are built on these backing files: %1. They stay unchanged; do not delete them.</source>
        <translation>次のバッキングファイルは他の仮想マシンのベースになっています: %1。これらは変更されずに残ります。削除しないでください。</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Operating system: %1</source>
        <translation>オペレーティングシステム: %1</translation>
    </message>
    <message>
        <source>Operating system: generic (QVirt chooses widely supported devices)</source>
        <translation>オペレーティングシステム: 汎用 (QVirt は広くサポートされているデバイスを選択します)</translation>
    </message>
    <message>
        <source>Installation source and operating system</source>
        <translation>インストールソースとオペレーティングシステム</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse the host&apos;s &amp;storage…</source>
        <translation>ホストのストレージを参照(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>For example: https://deb.debian.org/debian/dists/bookworm/main/installer-amd64/</source>
        <translation>例: https://deb.debian.org/debian/dists/bookworm/main/installer-amd64/</translation>
    </message>
    <message>
        <source>&amp;Kernel arguments:</source>
        <translation>カーネル引数(&amp;K):</translation>
    </message>
    <message>
        <source>Optional, for example: console=ttyS0 auto=true</source>
        <translation>省略可 (例: console=ttyS0 auto=true)</translation>
    </message>
    <message>
        <source>&amp;Detect the operating system from the installation source</source>
        <translation>インストールソースからオペレーティングシステムを検出する(&amp;D)</translation>
    </message>
    <message>
        <source>Search operating systems, for example: debian 12, win11, rhel</source>
        <translation>オペレーティングシステムを検索 (例: debian 12、win11、rhel)</translation>
    </message>
    <message>
        <source>Search operating systems</source>
        <translation>オペレーティングシステムの検索</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>オペレーティングシステム</translation>
    </message>
    <message>
        <source>Include &amp;end-of-life systems</source>
        <translation>サポートが終了したシステムも含める(&amp;E)</translation>
    </message>
    <message>
        <source>Path on the host</source>
        <translation>ホスト上のパス</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティングシステム</translation>
    </message>
    <message>
        <source>ISO image or CD-ROM device on the host:</source>
        <translation>ホスト上の ISO イメージまたは CD-ROM デバイス:</translation>
    </message>
    <message>
        <source>Existing disk image on the host:</source>
        <translation>ホスト上の既存のディスクイメージ:</translation>
    </message>
    <message>
        <source>The VM boots from the network. Choose the operating system the PXE server installs, so QVirt picks devices it has drivers for.</source>
        <translation>仮想マシンはネットワークから起動します。PXE サーバーがインストールするオペレーティングシステムを選択してください。QVirt はそのドライバーがあるデバイスを選びます。</translation>
    </message>
    <message>
        <source>The VM is created without an operating system. Choose the one you will put on it, so QVirt picks devices it has drivers for.</source>
        <translation>仮想マシンはオペレーティングシステムなしで作成されます。後でインストールするオペレーティングシステムを選択してください。QVirt はそのドライバーがあるデバイスを選びます。</translation>
    </message>
    <message>
        <source>Detecting the operating system…</source>
        <translation>オペレーティングシステムを検出中…</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>検出結果: %1</translation>
    </message>
    <message>
        <source>QVirt could not make a temporary file to read the ISO image into.</source>
        <translation>QVirt は ISO イメージの読み込み先となる一時ファイルを作成できませんでした。</translation>
    </message>
    <message>
        <source>The ISO image could not be read through libvirt: %1 Only images in a storage pool can be read on a remote host.</source>
        <translation>libvirt 経由で ISO イメージを読み取れませんでした: %1 リモートホストでは、ストレージプール内のイメージしか読み取れません。</translation>
    </message>
    <message>
        <source>Loading the operating system list…</source>
        <translation>オペレーティングシステムの一覧を読み込み中…</translation>
    </message>
    <message>
        <source>Generic or unknown operating system</source>
        <translation>汎用または不明なオペレーティングシステム</translation>
    </message>
    <message>
        <source>Choose a Disk Image</source>
        <translation>ディスクイメージの選択</translation>
    </message>
    <message>
        <source>Choose an ISO Image</source>
        <translation>ISO イメージの選択</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw *.vmdk *.vdi)</source>
        <translation>ディスクイメージ (*.qcow2 *.img *.raw *.vmdk *.vdi)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>ISO images (*.iso)</source>
        <translation>ISO イメージ (*.iso)</translation>
    </message>
</context>
<context>
    <name>SpiceDisplayPage</name>
    <message>
        <source>This virtual machine shows its screen through SPICE</source>
        <translation>この仮想マシンは SPICE で画面を表示します</translation>
    </message>
    <message>
        <source>Open in Remote Viewer</source>
        <extracomment>Button: open the VM&apos;s SPICE display in the remote-viewer program (virt-viewer)</extracomment>
        <translation>Remote Viewer で開く</translation>
    </message>
    <message>
        <source>Switch to VNC…</source>
        <extracomment>Button: change the VM&apos;s definition so its display is VNC from its next start</extracomment>
        <translation>VNC に切り替え…</translation>
    </message>
    <message>
        <source>Switch the display to VNC</source>
        <translation>ディスプレイを VNC に切り替える</translation>
    </message>
    <message>
        <source>Go Back to SPICE…</source>
        <extracomment>Console toolbar button: restore the VM&apos;s definition from before its display was switched to VNC</extracomment>
        <translation>SPICE に戻す…</translation>
    </message>
    <message>
        <source>Go back to SPICE</source>
        <translation>SPICE に戻す</translation>
    </message>
    <message>
        <source>Restore the definition this virtual machine had before its display was switched to VNC.</source>
        <translation>ディスプレイを VNC に切り替える前の、この仮想マシンの定義を復元します。</translation>
    </message>
    <message>
        <source>QVirt&apos;s console speaks VNC, so it cannot show a SPICE display itself. Open the display in Remote Viewer, which speaks SPICE, or switch this virtual machine&apos;s display to VNC to see it here.</source>
        <translation>QVirt のコンソールは VNC を使用するため、SPICE ディスプレイを直接表示できません。SPICE に対応した Remote Viewer でディスプレイを開くか、ここで表示できるように、この仮想マシンのディスプレイを VNC に切り替えてください。</translation>
    </message>
    <message>
        <source>Remote Viewer is not installed. Install the package virt-viewer to open SPICE displays.</source>
        <translation>Remote Viewer がインストールされていません。SPICE ディスプレイを開くには、virt-viewer パッケージをインストールしてください。</translation>
    </message>
    <message>
        <source>The virtual machine must run to open its display in Remote Viewer.</source>
        <translation>ディスプレイを Remote Viewer で開くには、仮想マシンが実行中である必要があります。</translation>
    </message>
    <message>
        <source>Remote Viewer shows the display in a window of its own. It closes when QVirt quits.</source>
        <translation>Remote Viewer はディスプレイを独自のウィンドウに表示します。QVirt を終了すると、このウィンドウも閉じます。</translation>
    </message>
    <message>
        <source>This virtual machine is transient: it has no definition to change.</source>
        <translation>この仮想マシンは一時的なため、変更できる定義がありません。</translation>
    </message>
    <message>
        <source>The display is switched to VNC for the next start. Shut the virtual machine down and start it again to see its screen here.</source>
        <translation>ディスプレイは次回の起動から VNC に切り替わります。ここで画面を表示するには、仮想マシンをシャットダウンしてから再度起動してください。</translation>
    </message>
    <message>
        <source>Changes the definition for the next start: the display becomes VNC and devices that work only with SPICE are adapted or removed. QVirt keeps the current definition so you can go back to SPICE.</source>
        <translation>次回の起動に向けて定義を変更します。ディスプレイは VNC になり、SPICE でのみ機能するデバイスは変更または削除されます。QVirt は現在の定義を保持するため、SPICE に戻すことができます。</translation>
    </message>
    <message>
        <source>Remote Viewer was started; it reaches the display through the host&apos;s SSH connection.</source>
        <translation>Remote Viewer を起動しました。ホストの SSH 接続を経由してディスプレイに接続します。</translation>
    </message>
    <message>
        <source>Remote Viewer was started.</source>
        <translation>Remote Viewer を起動しました。</translation>
    </message>
    <message>
        <source>Remote Viewer</source>
        <extracomment>Title of the error box when remote-viewer could not be opened</extracomment>
        <translation>Remote Viewer</translation>
    </message>
    <message>
        <source>The display of &quot;%1&quot; could not be opened in Remote Viewer.</source>
        <translation>「%1」のディスプレイを Remote Viewer で開けませんでした。</translation>
    </message>
    <message>
        <source>Switch Display to VNC</source>
        <extracomment>Title of error boxes about switching a VM&apos;s display from SPICE to VNC</extracomment>
        <translation>ディスプレイを VNC に切り替え</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; could not be read.</source>
        <translation>「%1」の定義を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; has no SPICE display to switch.</source>
        <translation>「%1」の定義には、切り替える SPICE ディスプレイがありません。</translation>
    </message>
    <message>
        <source>The definition changed while the list of changes was shown. Look at the list again.</source>
        <translation>変更内容の一覧を表示している間に定義が変更されました。もう一度一覧を確認してください。</translation>
    </message>
    <message>
        <source>The display of &quot;%1&quot; could not be switched to VNC.</source>
        <translation>「%1」のディスプレイを VNC に切り替えられませんでした。</translation>
    </message>
    <message>
        <source>Go Back to SPICE</source>
        <extracomment>Title of the question and error boxes about restoring a VM&apos;s SPICE display
----------
Button: restore the VM&apos;s definition from before the switch to VNC</extracomment>
        <translation>SPICE に戻す</translation>
    </message>
    <message>
        <source>QVirt keeps no definition of &quot;%1&quot; from before a switch to VNC.</source>
        <translation>QVirt には、VNC への切り替え前の「%1」の定義が保存されていません。</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; was changed after its display was switched to VNC. Going back restores the definition from before the switch, which undoes those later changes as well.</source>
        <translation>「%1」の定義は、ディスプレイを VNC に切り替えた後に変更されています。SPICE に戻すと切り替え前の定義が復元されるため、その後の変更も元に戻ります。</translation>
    </message>
    <message>
        <source>Go Back and Undo Them</source>
        <extracomment>Button: restore the SPICE definition although it undoes later changes</extracomment>
        <translation>戻して変更も取り消す</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; from before its display was switched to VNC is restored exactly. It takes effect the next time the virtual machine starts.</source>
        <translation>ディスプレイを VNC に切り替える前の「%1」の定義を、そのまま復元しました。仮想マシンの次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>The definition of &quot;%1&quot; from before the switch could not be restored.</source>
        <translation>切り替え前の「%1」の定義を復元できませんでした。</translation>
    </message>
</context>
<context>
    <name>StatsPlot</name>
    <message>
        <source>%1: %2 (%3 to %4)</source>
        <extracomment>Read-out of a 24-hour graph: %1 the series (&quot;vda read&quot;), %2 the minute&apos;s average, %3 its minimum, %4 its maximum</extracomment>
        <translation>%1: %2 (%3～%4)</translation>
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
        <translation>過去 1 分間</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <extracomment>Time range of the performance graphs</extracomment>
        <translation>過去 10 分間</translation>
    </message>
    <message>
        <source>Last hour</source>
        <extracomment>Time range of the performance graphs</extracomment>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <extracomment>Time range of the performance graphs: shows the minimum, average and maximum of each minute</extracomment>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Time range</source>
        <extracomment>Accessible name of the combo box that picks the time range of the performance graphs</extracomment>
        <translation>表示期間</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The file does not exist.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <source>The image is not in a libvirt storage pool on the remote host, so it cannot be deleted from here. Remove it on the host.</source>
        <translation>このイメージはリモートホスト上の libvirt ストレージプールにないため、ここからは削除できません。ホスト上で削除してください。</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened as a storage pool: %2</source>
        <translation>フォルダー %1 をストレージプールとして開けませんでした: %2</translation>
    </message>
    <message>
        <source>The file is not in the folder %1 on the host.</source>
        <translation>ファイルがホスト上のフォルダー %1 内にありません。</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>&amp;Create a disk image</source>
        <translation>ディスクイメージを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Use an &amp;existing volume or disk image</source>
        <translation>既存のボリュームまたはディスクイメージを使用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;No disk</source>
        <translation>ディスクなし(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Create the storage pool &quot;default&quot; in /var/lib/libvirt/images</source>
        <translation>/var/lib/libvirt/images にストレージプール「default」を作成</translation>
    </message>
    <message>
        <source> GiB</source>
        <extracomment>Unit suffix of a disk size in gibibytes</extracomment>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>ディスクサイズ</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>ストレージプール</translation>
    </message>
    <message>
        <source>Disk image format</source>
        <translation>ディスクイメージの形式</translation>
    </message>
    <message>
        <source>Path on the host</source>
        <translation>ホスト上のパス</translation>
    </message>
    <message>
        <source>Disk bus</source>
        <translation>ディスクバス</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>プール(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>Disk b&amp;us:</source>
        <translation>ディスクバス(&amp;U):</translation>
    </message>
    <message>
        <source>VirtIO (fastest; needs VirtIO drivers)</source>
        <translation>VirtIO (最速、VirtIO ドライバーが必要)</translation>
    </message>
    <message>
        <source>SATA</source>
        <translation>SATA</translation>
    </message>
    <message>
        <source>SCSI (VirtIO SCSI)</source>
        <translation>SCSI (VirtIO SCSI)</translation>
    </message>
    <message>
        <source>IDE (i440FX only)</source>
        <translation>IDE (i440FX のみ)</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (非アクティブ)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 free)</source>
        <translation>%1 (%2、空き %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The VM boots from the image %1. QVirt does not copy it.</source>
        <translation>仮想マシンはイメージ %1 から起動します。QVirt はこのイメージをコピーしません。</translation>
    </message>
    <message>
        <source>This host has no storage pools. A new disk image needs one.</source>
        <translation>このホストにはストレージプールがありません。新しいディスクイメージを作成するにはストレージプールが必要です。</translation>
    </message>
    <message>
        <source>The pool %1 is not active: start it in the host&apos;s storage settings first.</source>
        <translation>プール %1 はアクティブではありません。先にホストのストレージ設定でプールを起動してください。</translation>
    </message>
    <message>
        <source>The disk may grow larger than the %1 free in this pool.</source>
        <translation>ディスクが、このプールの空き容量 %1 より大きくなる可能性があります。</translation>
    </message>
    <message>
        <source>The Q35 chipset has no IDE controller: choose SATA, or the i440FX chipset on the previous page.</source>
        <translation>Q35 チップセットには IDE コントローラーがありません。SATA を選択するか、前のページで i440FX チップセットを選択してください。</translation>
    </message>
    <message>
        <source>%1 has no VirtIO drivers of its own: its installer will not see this disk without a driver disk.</source>
        <translation>%1 には VirtIO ドライバーが標準で含まれていないため、ドライバーディスクがないとインストーラーはこのディスクを認識できません。</translation>
    </message>
    <message>
        <source>New VM</source>
        <translation>新しい仮想マシン</translation>
    </message>
    <message>
        <source>The storage pool &quot;default&quot; could not be created.</source>
        <translation>ストレージプール「default」を作成できませんでした。</translation>
    </message>
    <message>
        <source>Check that /var/lib/libvirt/images can be made on the host, or choose an existing image instead.</source>
        <translation>ホスト上に /var/lib/libvirt/images を作成できることを確認するか、代わりに既存のイメージを選択してください。</translation>
    </message>
</context>
<context>
    <name>StoragePoolModel</name>
    <message>
        <source>Active</source>
        <extracomment>State of a storage pool</extracomment>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>On boot</source>
        <extracomment>Whether a storage pool starts with the host</extracomment>
        <translation>ホスト起動時</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the storage pool list</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column of the storage pool list: active or inactive</extracomment>
        <translation>状態</translation>
    </message>
    <message>
        <source>Autostart</source>
        <extracomment>Column of the storage pool list: whether it starts with the host</extracomment>
        <translation>自動起動</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column of the storage pool list: dir, netfs, logical...</extracomment>
        <translation>種類</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>Column of the storage pool list: its folder on the host</extracomment>
        <translation>パス</translation>
    </message>
    <message>
        <source>Capacity</source>
        <extracomment>Column of the storage pool list: its total size</extracomment>
        <translation>容量</translation>
    </message>
    <message>
        <source>Allocation</source>
        <extracomment>Column of the storage pool list: the space in use</extracomment>
        <translation>使用量</translation>
    </message>
    <message>
        <source>Available</source>
        <extracomment>Column of the storage pool list: the free space</extracomment>
        <translation>空き</translation>
    </message>
</context>
<context>
    <name>StoragePools</name>
    <message>
        <source>The host&apos;s storage pools could not be listed.</source>
        <translation>ホストのストレージプールを一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>The storage pool %1 was defined but could not be started: %2</source>
        <translation>ストレージプール %1 は定義されましたが、起動できませんでした: %2</translation>
    </message>
    <message>
        <source>The storage pool %1 could not be stopped: %2</source>
        <translation>ストレージプール %1 を停止できませんでした: %2</translation>
    </message>
    <message>
        <source>The storage of pool %1 could not be deleted; the pool is stopped and still defined: %2</source>
        <translation>プール %1 のストレージを削除できませんでした。プールは停止していますが、定義は残っています: %2</translation>
    </message>
</context>
<context>
    <name>StorageVolumeModel</name>
    <message>
        <source>%1 is an overlay on %2.</source>
        <translation>%1 は %2 上のオーバーレイです。</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the volume list</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Format</source>
        <extracomment>Column of the volume list: qcow2, raw, iso...</extracomment>
        <translation>形式</translation>
    </message>
    <message>
        <source>Capacity</source>
        <extracomment>Column of the volume list: the size the guest sees</extracomment>
        <translation>容量</translation>
    </message>
    <message>
        <source>Allocation</source>
        <extracomment>Column of the volume list: the space it takes on the host</extracomment>
        <translation>使用量</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>Column of the volume list: its file on the host</extracomment>
        <translation>パス</translation>
    </message>
    <message>
        <source>Used by</source>
        <extracomment>Column of the volume list: the virtual machines whose disks use it</extracomment>
        <translation>使用先</translation>
    </message>
</context>
<context>
    <name>StorageVolumes</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready to create the VM</source>
        <translation>仮想マシンの作成準備ができました</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Name of the VM</source>
        <translation>仮想マシンの名前</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>C&amp;ustomize the hardware before installing</source>
        <translation>インストール前にハードウェアをカスタマイズする(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Start the VM when it is created</source>
        <translation>作成後に仮想マシンを起動する(&amp;S)</translation>
    </message>
    <message>
        <source>Give the VM a name.</source>
        <translation>仮想マシンの名前を指定してください。</translation>
    </message>
    <message>
        <source>A VM&apos;s name cannot contain / \ &lt; &gt; &amp; &apos; or &quot; or start with a space.</source>
        <translation>仮想マシンの名前には / \ &lt; &gt; &amp; &apos; &quot; を含めることも、空白で始めることもできません。</translation>
    </message>
    <message>
        <source>This host already has a VM named %1.</source>
        <translation>このホストには %1 という名前の仮想マシンがすでにあります。</translation>
    </message>
    <message>
        <source>&amp;Begin Installation</source>
        <translation>インストールを開始(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ustomize the hardware before creating</source>
        <translation>作成前にハードウェアをカスタマイズする(&amp;U)</translation>
    </message>
    <message>
        <source>From the ISO image %1</source>
        <translation>ISO イメージ %1 から</translation>
    </message>
    <message>
        <source>From the network install tree %1</source>
        <translation>ネットワークインストールツリー %1 から</translation>
    </message>
    <message>
        <source>Boots the existing image %1</source>
        <translation>既存のイメージ %1 から起動</translation>
    </message>
    <message>
        <source>Boots from the network (PXE)</source>
        <translation>ネットワークから起動 (PXE)</translation>
    </message>
    <message>
        <source>No installation</source>
        <translation>インストールなし</translation>
    </message>
    <message>
        <source>New %1 image of %2 in the pool %3 (%4), on the %5 bus</source>
        <translation>プール %3 (%4) に %2 の新しい %1 イメージを作成、%5 バス</translation>
    </message>
    <message>
        <source>%1 (%2), on the %3 bus</source>
        <translation>%1 (%2)、%3 バス</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Virtual network %1, %2</source>
        <translation>仮想ネットワーク %1、%2</translation>
    </message>
    <message>
        <source>Host bridge %1, %2</source>
        <translation>ホストブリッジ %1、%2</translation>
    </message>
    <message>
        <source>Macvtap on %1, %2</source>
        <translation>%1 上の macvtap、%2</translation>
    </message>
    <message>
        <source>User-mode networking, %1</source>
        <translation>ユーザーモードネットワーク、%1</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI with secure boot</source>
        <translation>UEFI (セキュアブート)</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティングシステム</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>汎用</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>インストール</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Chipset and firmware</source>
        <translation>チップセットとファームウェア</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>ディスプレイ</translation>
    </message>
    <message>
        <source>VNC on %1</source>
        <translation>%1 で VNC</translation>
    </message>
    <message>
        <source>VNC on %1 with a password</source>
        <translation>%1 で VNC (パスワードあり)</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>Emulated TPM 2.0</source>
        <translation>エミュレートされた TPM 2.0</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <extracomment>%1 says what is transferred (Uploading x into y)</extracomment>
        <translation>キャンセル: %1</translation>
    </message>
</context>
<context>
    <name>TreeDownloader</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 をダウンロードできませんでした: %2</translation>
    </message>
</context>
<context>
    <name>TypeTextDialog</name>
    <message>
        <source>German</source>
        <extracomment>Guest keyboard layout for typing text into a VM</extracomment>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <source>French (AZERTY)</source>
        <extracomment>Guest keyboard layout for typing text into a VM</extracomment>
        <translation>フランス語 (AZERTY)</translation>
    </message>
    <message>
        <source>Japanese (106/109 keys)</source>
        <extracomment>Guest keyboard layout for typing text into a VM (the JIS keyboard with 106 or 109 keys)</extracomment>
        <translation>日本語 (106/109 キー)</translation>
    </message>
    <message>
        <source>English (US)</source>
        <extracomment>Guest keyboard layout for typing text into a VM</extracomment>
        <translation>英語 (米国)</translation>
    </message>
    <message>
        <source>Type Text</source>
        <extracomment>Title of the dialog that types text into a VM&apos;s console as key presses</extracomment>
        <translation>テキストのキー入力</translation>
    </message>
    <message>
        <source>QVirt presses the keys that make this text in the guest, as if typed on its keyboard. Line breaks are typed as Enter.</source>
        <translation>QVirt は、ゲストのキーボードで入力するのと同じように、このテキストになるキーをゲストで押します。改行は Enter として入力されます。</translation>
    </message>
    <message>
        <source>Text to type into the guest</source>
        <translation>ゲストに入力するテキスト</translation>
    </message>
    <message>
        <source>Guest keyboard layout:</source>
        <translation>ゲストのキーボードレイアウト:</translation>
    </message>
    <message>
        <source>Guest keyboard layout</source>
        <translation>ゲストのキーボードレイアウト</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Button that starts typing the text into the VM</extracomment>
        <translation>入力</translation>
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
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Filter by name or title</source>
        <translation>名前またはタイトルで絞り込み</translation>
    </message>
    <message>
        <source>Filter virtual machines</source>
        <translation>仮想マシンの絞り込み</translation>
    </message>
    <message>
        <source>Show virtual machines in state</source>
        <translation>表示する仮想マシンの状態</translation>
    </message>
    <message>
        <source>All states</source>
        <extracomment>State filter of the virtual machine list</extracomment>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>State filter: VMs that are running or paused (every VM that is not shut off)</extracomment>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>State filter: VMs that are running</extracomment>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>filter: domains in paused state</comment>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Shut off</source>
        <extracomment>State filter: VMs that are shut off</extracomment>
        <translation>停止</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Menu action: open the selected VM&apos;s window (console and details)</extracomment>
        <translation>開く</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>ファイルに保存…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前の変更…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Select one or more virtual machines.</source>
        <translation>仮想マシンを 1 台以上選択してください。</translation>
    </message>
    <message>
        <source>Migrate…</source>
        <extracomment>Menu action: move the selected VM to another host</extracomment>
        <translation>マイグレーション…</translation>
    </message>
    <message>
        <source>Select one virtual machine.</source>
        <translation>仮想マシンを 1 台選択してください。</translation>
    </message>
    <message>
        <source>Connect to the destination host first.</source>
        <translation>先に移行先ホストに接続してください。</translation>
    </message>
    <message>
        <source>Clone…</source>
        <extracomment>Menu action: make a copy (full or linked) of the selected VM</extracomment>
        <translation>クローンを作成…</translation>
    </message>
    <message>
        <source>Shut the virtual machine down or pause it to clone it.</source>
        <translation>クローンを作成するには、仮想マシンをシャットダウンするか一時停止してください。</translation>
    </message>
</context>
<context>
    <name>VmWindow</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; no longer exists on %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; は %2 上にもう存在しません。</translation>
    </message>
    <message>
        <source>Actions</source>
        <extracomment>Accessible name of the VM window&apos;s toolbar</extracomment>
        <translation>操作</translation>
    </message>
    <message>
        <source>Overview</source>
        <extracomment>Tab of the VM window</extracomment>
        <translation>概要</translation>
    </message>
    <message>
        <source>Console</source>
        <extracomment>Tab of the VM window: the VM&apos;s screen</extracomment>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Hardware</source>
        <extracomment>Tab of the VM window</extracomment>
        <translation>ハードウェア</translation>
    </message>
    <message>
        <source>Performance</source>
        <extracomment>Tab of the VM window: usage graphs</extracomment>
        <translation>パフォーマンス</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>ファイルに保存…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>%1 on %2 — QVirt</source>
        <translation>%2 上の %1 — QVirt</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
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
        <translation>メモリー:</translation>
    </message>
    <message>
        <source>Maximum memory:</source>
        <translation>最大メモリー:</translation>
    </message>
    <message>
        <source>Autostart:</source>
        <translation>自動起動:</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Value of the Autostart and Persistent rows</extracomment>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Value of the Autostart row: the VM does not start when the host boots</extracomment>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Persistent:</source>
        <extracomment>Row label: whether libvirt keeps the VM&apos;s definition after it stops</extracomment>
        <translation>永続:</translation>
    </message>
    <message>
        <source>No (transient: gone when it stops)</source>
        <translation>いいえ (一時的: 停止すると消えます)</translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>設定を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The configuration could not be parsed: %1</source>
        <translation>設定を解析できませんでした: %1</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>ハイパーバイザー:</translation>
    </message>
    <message>
        <source>Architecture:</source>
        <translation>アーキテクチャー:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>ファームウェア:</translation>
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
        <translation>エミュレーター:</translation>
    </message>
    <message>
        <source>Disks:</source>
        <translation>ディスク:</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Value of the Disks, Display and Network rows when the VM has none</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <source>port chosen at start</source>
        <extracomment>Display row: libvirt picks the VNC port when the VM starts (autoport)</extracomment>
        <translation>起動時にポートを割り当て</translation>
    </message>
    <message>
        <source>Display:</source>
        <extracomment>Row label: the VM&apos;s graphical display (VNC, SPICE)</extracomment>
        <translation>ディスプレイ:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>ネットワーク:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>The console is in its own window. Close that window to bring it back here.</source>
        <translation>コンソールは別ウィンドウで表示されています。そのウィンドウを閉じると、ここに戻ります。</translation>
    </message>
    <message>
        <source>%1 — Console — QVirt</source>
        <translation>%1 — コンソール — QVirt</translation>
    </message>
    <message>
        <source>%1 (managed save present: starting resumes it)</source>
        <extracomment>%1 is the VM&apos;s state, e.g. &quot;Shut off&quot;.</extracomment>
        <translation>%1 (マネージド保存あり: 起動すると保存された状態から再開します)</translation>
    </message>
    <message>
        <source>empty</source>
        <comment>disk source</comment>
        <extracomment>A drive with no medium (an empty CD-ROM), shown where the image&apos;s path would be.</extracomment>
        <translation>メディアなし</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <extracomment>A VM&apos;s disk: %1 target (vda), %2 device (disk, cdrom), %3 format or bus, %4 the image.</extracomment>
        <translation>%1 (%2、%3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3): %4 on %n backing file(s)</source>
        <extracomment>%1 target (vda), %2 device, %3 format, %4 the image, %n how many images lie under it.</extracomment>
        <translation>
            <numerusform>%1 (%2、%3): %4 (バッキングファイル %n 個)</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>接続は閉じられています。</translation>
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
        <translation>サーバーがあり得ない画面サイズ %1×%2 を通知しました。</translation>
    </message>
    <message>
        <source>Cannot reach the VNC server at %1:%2: %3</source>
        <translation>%1:%2 の VNC サーバーに到達できません: %3</translation>
    </message>
    <message>
        <source>The VNC server refused the password.</source>
        <translation>VNC サーバーがパスワードを拒否しました。</translation>
    </message>
    <message>
        <source>The VNC handshake failed: %1</source>
        <translation>VNC ハンドシェイクに失敗しました: %1</translation>
    </message>
    <message>
        <source>The VNC server could not be set up: %1</source>
        <translation>VNC サーバーとの初期設定に失敗しました: %1</translation>
    </message>
    <message>
        <source>The VNC server closed the connection: %1</source>
        <translation>VNC サーバーが接続を閉じました: %1</translation>
    </message>
    <message>
        <source>The server sent a rectangle outside the screen.</source>
        <translation>サーバーが画面外の矩形を送信しました。</translation>
    </message>
    <message>
        <source>The server sent encoding %1, which was not asked for.</source>
        <translation>サーバーが要求していないエンコーディング %1 を送信しました。</translation>
    </message>
    <message>
        <source>The VNC server does not allow the guest&apos;s screen to be resized.</source>
        <translation>VNC サーバーはゲストの画面サイズの変更を許可していません。</translation>
    </message>
    <message>
        <source>The guest&apos;s screen cannot take that size: the VNC server is out of resources.</source>
        <translation>ゲストの画面をそのサイズにできません: VNC サーバーのリソースが不足しています。</translation>
    </message>
    <message>
        <source>The guest&apos;s video device cannot change its size on request. A virtio or QXL video device can, with the guest&apos;s display driver or agent.</source>
        <translation>ゲストのビデオデバイスは要求に応じてサイズを変更できません。virtio または QXL のビデオデバイスなら、ゲストのディスプレイドライバーまたはエージェントと組み合わせて変更できます。</translation>
    </message>
    <message>
        <source>The VNC server refused the new screen size (status %1).</source>
        <translation>VNC サーバーは新しい画面サイズを拒否しました (ステータス %1)。</translation>
    </message>
    <message>
        <source>This VNC server cannot resize the guest&apos;s screen.</source>
        <translation>この VNC サーバーはゲストの画面サイズを変更できません。</translation>
    </message>
    <message>
        <source>The server sent a picture that cannot be decoded.</source>
        <translation>サーバーがデコードできない画面データを送信しました。</translation>
    </message>
    <message>
        <source>The server sent a clipboard message of %1 MiB, more than QVirt takes (%2 MiB).</source>
        <translation>サーバーが %1 MiB のクリップボードメッセージを送信しました。QVirt が受け付ける上限 (%2 MiB) を超えています。</translation>
    </message>
    <message>
        <source>The guest&apos;s clipboard holds more than %1 MiB of text; it was not copied.</source>
        <translation>ゲストのクリップボードのテキストが %1 MiB を超えているため、コピーされませんでした。</translation>
    </message>
    <message>
        <source>The guest&apos;s clipboard text arrived damaged; it was not copied.</source>
        <translation>ゲストのクリップボードのテキストが破損した状態で届いたため、コピーされませんでした。</translation>
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
        <translation>ボリュームの選択</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>ストレージプール</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>選択(&amp;H)</translation>
    </message>
    <message>
        <source>Reading the host&apos;s storage pools…</source>
        <translation>ホストのストレージプールを読み取り中…</translation>
    </message>
    <message>
        <source>The host&apos;s storage pools could not be read: %1</source>
        <translation>ホストのストレージプールを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>This host has no storage pools.</source>
        <translation>このホストにはストレージプールがありません。</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (非アクティブ)</translation>
    </message>
    <message>
        <source>Reading the volumes of %1…</source>
        <translation>%1 のボリュームを読み取り中…</translation>
    </message>
    <message>
        <source>The volumes of %1 could not be read: %2</source>
        <translation>%1 のボリュームを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>The pool %1 holds no volumes.</source>
        <translation>プール %1 にはボリュームがありません。</translation>
    </message>
</context>
<context>
    <name>VolumeTransfer</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>転送はキャンセルされました。</translation>
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
        <translation>定義を保存します。保存前に libvirt が検証します (%1)。</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Button of the XML editor: throw away the edits</extracomment>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Go back to the definition as libvirt has it.</source>
        <translation>libvirt が保持している定義に戻します。</translation>
    </message>
    <message>
        <source>XML editor actions</source>
        <extracomment>Accessible name of the XML editor&apos;s toolbar</extracomment>
        <translation>XML エディターの操作</translation>
    </message>
    <message>
        <source>XML definition</source>
        <extracomment>Accessible name of the XML text editor</extracomment>
        <translation>XML 定義</translation>
    </message>
    <message>
        <source>Why the definition was not saved</source>
        <translation>定義が保存されなかった理由</translation>
    </message>
    <message>
        <source>Notice about the definition</source>
        <translation>定義に関するお知らせ</translation>
    </message>
    <message>
        <source>The definition could not be read: %1</source>
        <translation>定義を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Definition Changed</source>
        <translation>定義が変更されました</translation>
    </message>
    <message>
        <source>The definition changed outside the editor since it was loaded. Overwrite that change with your text, or reload the definition and lose your edits?</source>
        <translation>読み込み後に、エディターの外部で定義が変更されました。編集中のテキストでその変更を上書きしますか? それとも定義を再読み込みして、編集内容を破棄しますか?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
    <message>
        <source>Reload</source>
        <extracomment>Button: load the XML definition again</extracomment>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>The definition was not saved: libvirt found a problem at line %1.
%2</source>
        <extracomment>%1 is a line number, %2 libvirt&apos;s message</extracomment>
        <translation>定義は保存されませんでした: libvirt が %1 行目で問題を検出しました。
%2</translation>
    </message>
    <message>
        <source>Go to Line %1</source>
        <extracomment>Button: put the cursor on the line an error names</extracomment>
        <translation>%1 行目へ移動</translation>
    </message>
    <message>
        <source>The definition was not saved.
%1</source>
        <translation>定義は保存されませんでした。
%1</translation>
    </message>
    <message>
        <source>This definition has unsaved edits from an earlier session.</source>
        <translation>この定義には、以前のセッションで保存されなかった編集内容があります。</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>Button: bring back unsaved edits of the XML definition</extracomment>
        <translation>復元</translation>
    </message>
    <message>
        <source>Discard</source>
        <extracomment>Button: delete unsaved edits of the XML definition</extracomment>
        <translation>破棄</translation>
    </message>
    <message>
        <source>The definition changed outside the editor. Reload it to see the change; your edits are then lost.</source>
        <translation>エディターの外部で定義が変更されました。変更を確認するには再読み込みしてください。その場合、編集内容は失われます。</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The XML definition has changes that are not saved. Save them before closing?</source>
        <translation>XML 定義に保存されていない変更があります。閉じる前に保存しますか?</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>no virtual machine named &quot;%1&quot; on %2</source>
        <translation>%2 上に「%1」という名前の仮想マシンはありません</translation>
    </message>
    <message>
        <source>there is no display to open a window on. Log in with &quot;ssh -X&quot; to show QVirt on your desktop, or run QVirt on your desktop with --connect qemu+ssh://user@host/system.</source>
        <translation>ウィンドウを開くディスプレイがありません。「ssh -X」でログインしてデスクトップに QVirt を表示するか、デスクトップ上で QVirt を --connect qemu+ssh://user@host/system を付けて実行してください。</translation>
    </message>
</context>
</TS>
