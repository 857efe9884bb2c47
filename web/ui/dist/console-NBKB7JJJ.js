"use strict";(()=>{var Pe,N,pt,Io,le,ct,mt,ft,Be,Ie,ve,yt,Ge,He,Qe,bt,Se={},xe=[],$o=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Re=Array.isArray;function se(e,n){for(var o in n)e[o]=n[o];return e}function ze(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function To(e,n,o){var r,s,i,l={};for(i in n)i=="key"?r=n[i]:i=="ref"?s=n[i]:l[i]=n[i];if(arguments.length>2&&(l.children=arguments.length>3?Pe.call(arguments,2):o),typeof e=="function"&&e.defaultProps!=null)for(i in e.defaultProps)l[i]===void 0&&(l[i]=e.defaultProps[i]);return $e(e,l,r,s,null)}function $e(e,n,o,r,s){var i={type:e,props:n,key:o,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++pt,__i:-1,__u:0};return s==null&&N.vnode!=null&&N.vnode(i),i}function Q(e){return e.children}function Te(e,n){this.props=e,this.context=n}function ue(e,n){if(n==null)return e.__?ue(e.__,e.__i+1):null;for(var o;n<e.__k.length;n++)if((o=e.__k[n])!=null&&o.__e!=null)return o.__e;return typeof e.type=="function"?ue(e):null}function So(e){if(e.__P&&e.__d){var n=e.__v,o=n.__e,r=[],s=[],i=se({},n);i.__v=n.__v+1,N.vnode&&N.vnode(i),Ye(e.__P,i,n,e.__n,e.__P.namespaceURI,32&n.__u?[o]:null,r,o??ue(n),!!(32&n.__u),s),i.__v=n.__v,i.__.__k[i.__i]=i,At(r,i,s),n.__e=n.__=null,i.__e!=o&&ht(i)}}function ht(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(n){if(n!=null&&n.__e!=null)return e.__e=e.__c.base=n.__e}),ht(e)}function je(e){(!e.__d&&(e.__d=!0)&&le.push(e)&&!we.__r++||ct!=N.debounceRendering)&&((ct=N.debounceRendering)||mt)(we)}function we(){try{for(var e,n=1;le.length;)le.length>n&&le.sort(ft),e=le.shift(),n=le.length,So(e)}finally{le.length=we.__r=0}}function gt(e,n,o,r,s,i,l,d,c,u,p){var b,a,m,y,v,C,h=r&&r.__k||xe,g=n.length;for(c=xo(o,n,h,c,g),b=0;b<g;b++)(m=o.__k[b])!=null&&(a=m.__i!=-1&&h[m.__i]||Se,m.__i=b,C=Ye(e,m,a,s,i,l,d,c,u,p),y=m.__e,m.ref&&a.ref!=m.ref&&(a.ref&&Je(a.ref,null,m),p.push(m.ref,m.__c||y,m)),v==null&&y!=null&&(v=y),4&m.__u?(c=Ct(m,c,e),a.__e&&(a.__e=null)):typeof m.type=="function"&&C!==void 0?c=C:y&&(c=y.nextSibling),m.__u&=-7);return o.__e=v,c}function xo(e,n,o,r,s){var i,l,d,c,u,p=o.length,b=p,a=0;for(e.__k=new Array(s),i=0;i<s;i++)(l=n[i])!=null&&typeof l!="boolean"&&typeof l!="function"?(typeof l=="string"||typeof l=="number"||typeof l=="bigint"||l.constructor==String?l=e.__k[i]=$e(null,l,null,null,null):Re(l)?l=e.__k[i]=$e(Q,{children:l},null,null,null):l.constructor===void 0&&l.__b>0?l=e.__k[i]=$e(l.type,l.props,l.key,l.ref?l.ref:null,l.__v):e.__k[i]=l,c=i+a,l.__=e,l.__b=e.__b+1,d=null,(u=l.__i=wo(l,o,c,b))!=-1&&(b--,(d=o[u])&&(d.__u|=2)),d==null||d.__v==null?(u==-1&&(s>p?a--:s<p&&a++),typeof l.type!="function"&&(l.__u|=4)):u!=c&&(u==c-1?a--:u==c+1?a++:(u>c?a--:a++,l.__u|=4))):e.__k[i]=null;if(b)for(i=0;i<p;i++)(d=o[i])!=null&&(2&d.__u)==0&&(d.__e==r&&(r=ue(d)),_t(d,d));return r}function Ct(e,n,o){var r,s;if(typeof e.type=="function"){for(r=e.__k,s=0;r&&s<r.length;s++)r[s]&&(r[s].__=e,n=Ct(r[s],n,o));return n}e.__e!=n&&(n&&e.type&&!n.parentNode&&(n=ue(e)),n=o.insertBefore(e.__e,n||null));do n=n&&n.nextSibling;while(n!=null&&n.nodeType==8);return n}function wo(e,n,o,r){var s,i,l,d=e.key,c=e.type,u=n[o],p=u!=null&&(2&u.__u)==0;if(u===null&&d==null||p&&d==u.key&&c==u.type)return o;if(r>(p?1:0)){for(s=o-1,i=o+1;s>=0||i<n.length;)if((u=n[l=s>=0?s--:i++])!=null&&(2&u.__u)==0&&d==u.key&&c==u.type)return l}return-1}function ut(e,n,o){n[0]=="-"?e.setProperty(n,o??""):e[n]=o==null?"":typeof o!="number"||$o.test(n)?o:o+"px"}function De(e,n,o,r,s){var i,l;e:if(n=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(n in r)o&&n in o||ut(e.style,n,"");if(o)for(n in o)r&&o[n]==r[n]||ut(e.style,n,o[n])}else if(n[0]=="o"&&n[1]=="n")i=n!=(n=n.replace(yt,"$1")),l=n.toLowerCase(),n=l in e||n=="onFocusOut"||n=="onFocusIn"?l.slice(2):n.slice(2),e.l||(e.l={}),e.l[n+i]=o,o?r?o[ve]=r[ve]:(o[ve]=Ge,e.addEventListener(n,i?Qe:He,i)):e.removeEventListener(n,i?Qe:He,i);else{if(s=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{e[n]=o??"";break e}catch{}typeof o=="function"||(o==null||o===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&o==1?"":o))}}function dt(e){return function(n){if(this.l){var o=this.l[n.type+e];if(n[Ie]==null)n[Ie]=Ge++;else if(n[Ie]<o[ve])return;return o(N.event?N.event(n):n)}}}function Ye(e,n,o,r,s,i,l,d,c,u){var p,b,a,m,y,v,C,h,g,A,T,E,O,j,K,oe,X=n.type;if(n.constructor!==void 0)return null;128&o.__u&&(c=!!(32&o.__u),i=[d=n.__e=o.__e]),(p=N.__b)&&p(n);e:if(typeof X=="function"){b=l.length;try{if(g=n.props,A=X.prototype&&X.prototype.render,T=(p=X.contextType)&&r[p.__c],E=p?T?T.props.value:p.__:r,o.__c?h=(a=n.__c=o.__c).__=a.__E:(A?n.__c=a=new X(g,E):(n.__c=a=new Te(g,E),a.constructor=X,a.render=Ro),T&&T.sub(a),a.state||(a.state={}),a.__n=r,m=a.__d=!0,a.__h=[],a._sb=[]),A&&a.__s==null&&(a.__s=a.state),A&&X.getDerivedStateFromProps!=null&&(a.__s==a.state&&(a.__s=se({},a.__s)),se(a.__s,X.getDerivedStateFromProps(g,a.__s))),y=a.props,v=a.state,a.__v=n,m)A&&X.getDerivedStateFromProps==null&&a.componentWillMount!=null&&a.componentWillMount(),A&&a.componentDidMount!=null&&a.__h.push(a.componentDidMount);else{if(A&&X.getDerivedStateFromProps==null&&g!==y&&a.componentWillReceiveProps!=null&&a.componentWillReceiveProps(g,E),n.__v==o.__v||!a.__e&&a.shouldComponentUpdate!=null&&a.shouldComponentUpdate(g,a.__s,E)===!1){n.__v!=o.__v&&(a.props=g,a.state=a.__s,a.__d=!1),n.__e=o.__e,n.__k=o.__k,n.__k.some(function(S){S&&(S.__=n)}),xe.push.apply(a.__h,a._sb),a._sb=[],a.__h.length&&l.push(a),d=ue(o);break e}a.componentWillUpdate!=null&&a.componentWillUpdate(g,a.__s,E),A&&a.componentDidUpdate!=null&&a.__h.push(function(){a.componentDidUpdate(y,v,C)})}if(a.context=E,a.props=g,a.__P=e,a.__e=!1,O=N.__r,j=0,A)a.state=a.__s,a.__d=!1,O&&O(n),p=a.render(a.props,a.state,a.context),xe.push.apply(a.__h,a._sb),a._sb=[];else do a.__d=!1,O&&O(n),p=a.render(a.props,a.state,a.context),a.state=a.__s;while(a.__d&&++j<25);a.state=a.__s,a.getChildContext!=null&&(r=se(se({},r),a.getChildContext())),A&&!m&&a.getSnapshotBeforeUpdate!=null&&(C=a.getSnapshotBeforeUpdate(y,v)),K=p!=null&&p.type===Q&&p.key==null?Et(p.props.children):p,d=gt(e,Re(K)?K:[K],n,o,r,s,i,l,d,c,u),a.base=n.__e,n.__u&=-161,a.__h.length&&l.push(a),h&&(a.__E=a.__=null)}catch(S){if(l.length=b,n.__v=null,c||i!=null){if(S.then){for(n.__u|=c?160:128;d&&d.nodeType==8&&d.nextSibling;)d=d.nextSibling;i!=null&&(i[i.indexOf(d)]=null),n.__e=d}else if(i!=null)for(oe=i.length;oe--;)ze(i[oe])}else n.__e=o.__e;n.__k==null&&(n.__k=o.__k||[]),S.then||vt(n),N.__e(S,n,o)}}else i==null&&n.__v==o.__v?(n.__k=o.__k,n.__e=o.__e):d=n.__e=Po(o.__e,n,o,r,s,i,l,c,u);return(p=N.diffed)&&p(n),128&n.__u?void 0:d}function vt(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(vt))}function At(e,n,o){for(var r=0;r<o.length;r++)Je(o[r],o[++r],o[++r]);N.__c&&N.__c(n,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(i){i.call(s)})}catch(i){N.__e(i,s.__v)}})}function Et(e){return typeof e!="object"||e==null||e.__b>0?e:Re(e)?e.map(Et):e.constructor!==void 0?null:se({},e)}function Po(e,n,o,r,s,i,l,d,c){var u,p,b,a,m,y,v,C=o.props||Se,h=n.props,g=n.type;if(g=="svg"?s="http://www.w3.org/2000/svg":g=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),i!=null){for(u=0;u<i.length;u++)if((m=i[u])&&"setAttribute"in m==!!g&&(g?m.localName==g:m.nodeType==3)){e=m,i[u]=null;break}}if(e==null){if(g==null)return document.createTextNode(h);e=document.createElementNS(s,g,h.is&&h),d&&(N.__m&&N.__m(n,i),d=!1),i=null}if(g==null)C===h||d&&e.data==h||(e.data=h);else{if(i=g=="textarea"&&h.defaultValue!=null?null:i&&Pe.call(e.childNodes),!d&&i!=null)for(C={},u=0;u<e.attributes.length;u++)C[(m=e.attributes[u]).name]=m.value;for(u in C)m=C[u],u=="dangerouslySetInnerHTML"?b=m:u=="children"||u in h||u=="value"&&"defaultValue"in h||u=="checked"&&"defaultChecked"in h||De(e,u,null,m,s);for(u in h)m=h[u],u=="children"?a=m:u=="dangerouslySetInnerHTML"?p=m:u=="value"?y=m:u=="checked"?v=m:d&&typeof m!="function"||C[u]===m||De(e,u,m,C[u],s);if(p)d||b&&(p.__html==b.__html||p.__html==e.innerHTML)||(e.innerHTML=p.__html),n.__k=[];else if(b&&(e.innerHTML=""),gt(n.type=="template"?e.content:e,Re(a)?a:[a],n,o,r,g=="foreignObject"?"http://www.w3.org/1999/xhtml":s,i,l,i?i[0]:o.__k&&ue(o,0),d,c),i!=null)for(u=i.length;u--;)ze(i[u]);d&&g!="textarea"||(u="value",g=="progress"&&y==null?e.removeAttribute("value"):y!=null&&(y!==e[u]||g=="progress"&&!y||g=="option"&&y!=C[u])&&De(e,u,y,C[u],s),u="checked",v!=null&&v!=e[u]&&De(e,u,v,C[u],s))}return e}function Je(e,n,o){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&n==null||(e.__u=e(n))}else e.current=n}catch(s){N.__e(s,o)}}function _t(e,n,o){var r,s;if(N.unmount&&N.unmount(e),(r=e.ref)&&(r.current&&r.current!=e.__e||Je(r,null,n)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(i){N.__e(i,n)}r.base=r.__P=r.__n=null}if(r=e.__k)for(s=0;s<r.length;s++)r[s]&&_t(r[s],n,o||typeof e.type!="function");o||ze(e.__e),e.__c=e.__=e.__e=void 0}function Ro(e,n,o){return this.constructor(e,o)}function kt(e,n,o){var r,s,i,l;n==document&&(n=document.documentElement),N.__&&N.__(e,n),s=(r=typeof o=="function")?null:o&&o.__k||n.__k,i=[],l=[],Ye(n,e=(!r&&o||n).__k=To(Q,null,[e]),s||Se,Se,n.namespaceURI,!r&&o?[o]:s?null:n.firstChild?Pe.call(n.childNodes):null,i,!r&&o?o:s?s.__e:n.firstChild,r,l),At(i,e,l),e.props.children=null}function Dt(e){function n(o){var r,s;return this.getChildContext||(r=new Set,(s={})[n.__c]=this,this.getChildContext=function(){return s},this.componentWillUnmount=function(){r=null},this.shouldComponentUpdate=function(i){this.props.value!=i.value&&r.forEach(function(l){l.__e=!0,je(l)})},this.sub=function(i){r.add(i);var l=i.componentWillUnmount;i.componentWillUnmount=function(){r&&r.delete(i),l&&l.call(i)}}),o.children}return n.__c="__cC"+bt++,n.__=e,n.Provider=n.__l=(n.Consumer=function(o,r){return o.children(r)}).contextType=n,n}Pe=xe.slice,N={__e:function(e,n,o,r){for(var s,i,l;n=n.__;)if((s=n.__c)&&!s.__)try{if((i=s.constructor)&&i.getDerivedStateFromError!=null&&(s.setState(i.getDerivedStateFromError(e)),l=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,r||{}),l=s.__d),l)return s.__E=s}catch(d){e=d}throw e}},pt=0,Io=function(e){return e!=null&&e.constructor===void 0},Te.prototype.setState=function(e,n){var o;o=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=se({},this.state),typeof e=="function"&&(e=e(se({},o),this.props)),e&&se(o,e),e!=null&&this.__v&&(n&&this._sb.push(n),je(this))},Te.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),je(this))},Te.prototype.render=Q,le=[],mt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,ft=function(e,n){return e.__v.__b-n.__v.__b},we.__r=0,Be=Math.random().toString(8),Ie="__d"+Be,ve="__a"+Be,yt=/(PointerCapture)$|Capture$/i,Ge=0,He=dt(!1),Qe=dt(!0),bt=0;var de,M,Xe,It,Ae=0,Nt=[],B=N,$t=B.__b,Tt=B.__r,St=B.diffed,xt=B.__c,wt=B.unmount,Pt=B.__;function Ee(e,n){B.__h&&B.__h(M,e,Ae||n),Ae=0;var o=M.__H||(M.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function f(e){return Ae=1,No(Lt,e)}function No(e,n,o){var r=Ee(de++,2);if(r.t=e,!r.__c&&(r.__=[o?o(n):Lt(void 0,n),function(d){var c=r.__N?r.__N[0]:r.__[0],u=r.t(c,d);c!==u&&(r.__N=[u,r.__[1]],r.__c.setState({}))}],r.__c=M,!M.__f)){var s=function(d,c,u){if(!r.__c.__H)return!0;var p=!1,b=r.__c.props!==d;if(r.__c.__H.__.some(function(m){if(m.__N){p=!0;var y=m.__[0];m.__=m.__N,m.__N=void 0,y!==m.__[0]&&(b=!0)}}),i){var a=i.call(this,d,c,u);return p?a||b:a}return!p||b};M.__f=!0;var i=M.shouldComponentUpdate,l=M.componentWillUpdate;M.componentWillUpdate=function(d,c,u){if(this.__e){var p=i;i=void 0,s(d,c,u),i=p}l&&l.call(this,d,c,u)},M.shouldComponentUpdate=s}return r.__N||r.__}function re(e,n){var o=Ee(de++,3);!B.__s&&qt(o.__H,n)&&(o.__=e,o.u=n,M.__H.__h.push(o))}function Oe(e){return Ae=5,Ot(function(){return{current:e}},[])}function Ot(e,n){var o=Ee(de++,7);return qt(o.__H,n)&&(o.__=e(),o.__H=n,o.__h=e),o.__}function Wt(e,n){return Ae=8,Ot(function(){return e},n)}function Mt(e){var n=M.context[e.__c],o=Ee(de++,9);return o.c=e,n?(o.__==null&&(o.__=!0,n.sub(M)),n.props.value):e.__}function et(){var e=Ee(de++,11);if(!e.__){for(var n=M.__v;n!==null&&!n.__m&&n.__!==null;)n=n.__;var o=n.__m||(n.__m=[0,0]);e.__="P"+o[0]+"-"+o[1]++}return e.__}function Oo(){for(var e;e=Nt.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(Ne),n.__h.some(Ze),n.__h=[]}catch(o){n.__h=[],B.__e(o,e.__v)}}}B.__b=function(e){M=null,$t&&$t(e)},B.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),Pt&&Pt(e,n)},B.__r=function(e){Tt&&Tt(e),de=0;var n=(M=e.__c).__H;n&&(Xe===M?(n.__h=[],M.__h=[],n.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})):(n.__h.some(Ne),n.__h.some(Ze),n.__h=[],de=0)),Xe=M},B.diffed=function(e){St&&St(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&(Nt.push(n)!==1&&It===B.requestAnimationFrame||((It=B.requestAnimationFrame)||Wo)(Oo)),n.__H.__.some(function(o){o.u&&(o.__H=o.u,o.u=void 0)})),Xe=M=null},B.__c=function(e,n){n.some(function(o){try{o.__h.some(Ne),o.__h=o.__h.filter(function(r){return!r.__||Ze(r)})}catch(r){n.some(function(s){s.__h&&(s.__h=[])}),n=[],B.__e(r,o.__v)}}),xt&&xt(e,n)},B.unmount=function(e){wt&&wt(e);var n,o=e.__c;o&&o.__H&&(o.__H.__.some(function(r){try{Ne(r)}catch(s){n=s}}),o.__H=void 0,n&&B.__e(n,o.__v))};var Rt=typeof requestAnimationFrame=="function";function Wo(e){var n,o=function(){clearTimeout(r),Rt&&cancelAnimationFrame(n),setTimeout(e)},r=setTimeout(o,35);Rt&&(n=requestAnimationFrame(o))}function Ne(e){var n=M,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),M=n}function Ze(e){var n=M;e.__c=e.__(),M=n}function qt(e,n){return!e||e.length!==n.length||n.some(function(o,r){return o!==e[r]})}function Lt(e,n){return typeof n=="function"?n(e):n}function Z(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function ce(e){return Z(e)==="object"}function Mo(e){return Array.isArray(e)&&e.length>0&&e.every(n=>"message"in n)}function tt(e,n){return e.length<124?e:n}var Kt="graphql-transport-ws";var ee=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(ee||{}),te=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(te||{});function Vt(e){if(!ce(e))throw new Error(`Message is expected to be an object, but got ${Z(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${Z(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!ce(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${Z(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!ce(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${Z(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${Z(e.payload.query)}`);if(e.payload.variables!=null&&!ce(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${Z(e.payload.variables)}`);if(e.payload.operationName!=null&&Z(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${Z(e.payload.operationName)}`);if(e.payload.extensions!=null&&!ce(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${Z(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${Z(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!ce(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${Z(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${Z(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Mo(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${Z(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function Ut(e,n){return Vt(typeof e=="string"?JSON.parse(e,n):e)}function ge(e,n){return Vt(e),JSON.stringify(e,n)}function ot(e){let{url:n,connectionParams:o,lazy:r=!0,onNonLazyError:s=console.error,lazyCloseTimeout:i=0,keepAlive:l=0,disablePong:d,connectionAckWaitTimeout:c=0,retryAttempts:u=5,retryWait:p=async function(W){let _=Math.pow(2,W);await new Promise(R=>setTimeout(R,_*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:b=nt,on:a,webSocketImpl:m,generateID:y=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,W=>{let _=Math.random()*16|0;return(W=="x"?_:_&3|8).toString(16)})},jsonMessageReplacer:v,jsonMessageReviver:C}=e,h;if(m){if(!Lo(m))throw new Error("Invalid WebSocket implementation provided");h=m}else typeof WebSocket<"u"?h=WebSocket:typeof global<"u"?h=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(h=window.WebSocket||window.MozWebSocket);if(!h)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let g=h,A=(()=>{let I=(()=>{let _={};return{on(R,U){return _[R]=U,()=>{delete _[R]}},emit(R){"id"in R&&_[R.id]?.(R)}}})(),W={connecting:a?.connecting?[a.connecting]:[],opened:a?.opened?[a.opened]:[],connected:a?.connected?[a.connected]:[],ping:a?.ping?[a.ping]:[],pong:a?.pong?[a.pong]:[],message:a?.message?[I.emit,a.message]:[I.emit],closed:a?.closed?[a.closed]:[],error:a?.error?[a.error]:[]};return{onMessage:I.on,on(_,R){let U=W[_];return U.push(R),()=>{let F=U.indexOf(R);F>-1&&U.splice(F,1)}},emit(_,...R){for(let U of[...W[_]])U(...R)}}})();function T(I){let W=[A.on("error",_=>{W.forEach(R=>R()),I(_)}),A.on("closed",_=>{W.forEach(R=>R()),I(_)})];return()=>W.forEach(_=>_())}let E,O=0,j,K=!1,oe=0,X=!1;async function S(){clearTimeout(j);let[I,W]=await(E??(E=new Promise((U,F)=>(async()=>{if(K){if(await p(oe),!O)return E=void 0,F({code:1e3,reason:"All Subscriptions Gone"});oe++}A.emit("connecting",K);let x=new g(typeof n=="function"?await n():n,Kt),ie,be;function ke(){isFinite(l)&&l>0&&(clearTimeout(be),be=setTimeout(()=>{x.readyState===g.OPEN&&(x.send(ge({type:te.Ping})),A.emit("ping",!1,void 0))},l))}T(J=>{E=void 0,clearTimeout(ie),clearTimeout(be),F(J),J instanceof _e&&(x.close(4499,"Terminated"),x.onerror=null,x.onclose=null)}),x.onerror=J=>A.emit("error",J),x.onclose=J=>A.emit("closed",J),x.onopen=async()=>{try{A.emit("opened",x);let J=typeof o=="function"?await o():o;if(x.readyState!==g.OPEN)return;x.send(ge(J?{type:te.ConnectionInit,payload:J}:{type:te.ConnectionInit},v)),isFinite(c)&&c>0&&(ie=setTimeout(()=>{x.close(ee.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},c)),ke()}catch(J){A.emit("error",J),x.close(ee.InternalClientError,tt(J instanceof Error?J.message:String(J),"Internal client error"))}};let he=!1;x.onmessage=({data:J})=>{try{let G=Ut(J,C);if(A.emit("message",G),G.type==="ping"||G.type==="pong"){A.emit(G.type,!0,G.payload),G.type==="pong"?ke():d||(x.send(ge(G.payload?{type:te.Pong,payload:G.payload}:{type:te.Pong},v)),A.emit("pong",!1,G.payload));return}if(he)return;if(G.type!==te.ConnectionAck)throw new Error(`First message cannot be of type ${G.type}`);clearTimeout(ie),he=!0,A.emit("connected",x,G.payload,K),K=!1,oe=0;let lt=new Promise((pr,Do)=>T(Do));lt.catch(()=>{}),U([x,lt])}catch(G){x.onmessage=null,A.emit("error",G),x.close(ee.BadResponse,tt(G instanceof Error?G.message:String(G),"Bad response"))}}})())));I.readyState===g.CLOSING&&await W;let _=()=>{},R=new Promise(U=>_=U);return[I,_,new Promise((U,F)=>{let x=T(F);I.readyState!==g.OPEN&&W.catch(F),R.then(()=>{if(x(),!O){let ie=()=>I.close(1e3,"Normal Closure");isFinite(i)&&i>0?(clearTimeout(j),j=setTimeout(()=>{!O&&I.readyState===g.OPEN&&ie()},i)):ie()}U()})})]}function L(I){if(nt(I)&&(qo(I.code)||[ee.InternalServerError,ee.InternalClientError,ee.BadRequest,ee.BadResponse,ee.Unauthorized,ee.SubprotocolNotAcceptable,ee.SubscriberAlreadyExists,ee.TooManyInitialisationRequests].includes(I.code)))throw I;if(X)return!1;if(nt(I)&&I.code===1e3)return O>0;if(!u||oe>=u||!b(I))throw I;return K=!0}r||(async()=>{for(O++;;)try{let[,,I]=await S();await I}catch(I){try{if(!L(I))return}catch(W){return s?.(W)}}})();function Y(I,W){let _=y(I),R=!1,U=!1,F=()=>{O--,R=!0};return(async()=>{for(O++;;)try{let[x,ie,be]=await S();if(R)return be.catch(()=>{}),ie();let ke=A.onMessage(_,he=>{switch(he.type){case te.Next:{W.next(he.payload);return}case te.Error:{U=!0,R=!0,W.error(he.payload),F();return}case te.Complete:{R=!0,F();return}}});x.send(ge({id:_,type:te.Subscribe,payload:I},v)),F=()=>{!R&&x.readyState===g.OPEN&&x.send(ge({id:_,type:te.Complete},v)),O--,R=!0,ie()},await be.finally(ke);return}catch(x){if(!L(x))return}})().then(()=>{U||W.complete()}).catch(x=>{W.error(x)}),()=>{R||F()}}return{on:A.on,subscribe:Y,iterate(I){let W=[],_={done:!1,error:null,resolve:()=>{}},R=Y(I,{next(F){W.push(F),_.resolve()},error(F){_.done=!0,_.error=F,_.resolve()},complete(){_.done=!0,_.resolve()}}),U=(async function*(){for(;;){for(W.length||await new Promise(x=>_.resolve=x);W.length;)yield W.shift();if(_.error)throw _.error;if(_.done)return}})();return U.throw=async F=>(_.done||(_.done=!0,_.error=F,_.resolve()),{done:!0,value:void 0}),U.return=async()=>(R(),{done:!0,value:void 0}),U},async dispose(){if(X=!0,E){let[I]=await E;I.close(1e3,"Normal Closure")}},terminate(){E&&A.emit("closed",new _e)}}}var _e=class extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1};function nt(e){return ce(e)&&"code"in e&&"reason"in e}function qo(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function Lo(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}var ne=class extends Error{constructor(o,r){super(r.map(s=>`${Ft(s)}: ${s.message}`).join("; "));this.status=o;this.errors=r}status;errors;get code(){return this.errors[0]?Ft(this.errors[0]):"UNKNOWN"}};function Ft(e){return e.extensions?.code??"UNKNOWN"}var We=class{constructor(n,o){this.key=o;let r=new URL("graphql",n),s=new URL(r);s.protocol=r.protocol==="https:"?"wss:":"ws:",this.http=r.href,this.ws=s.href}key;http;ws;socket;open=!1;async run(n,...[o]){let r;try{r=await fetch(this.http,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json",Authorization:`Bearer ${this.key}`},body:JSON.stringify({query:n.toString(),variables:o??{}})})}catch{throw new ne(0,[{message:"the server could not be reached",extensions:{code:"NETWORK"}}])}let s;try{s=await r.json()}catch{throw new ne(r.status,[{message:`the server answered ${r.status} without a GraphQL body`,extensions:{code:"HTTP"}}])}if(s.errors?.length||s.data==null)throw new ne(r.status,s.errors??[]);return s.data}subscribe(n,o,r,s,i){this.socket??=ot({url:this.ws,connectionParams:{Authorization:`Bearer ${this.key}`},lazy:!0,shouldRetry:c=>!(c instanceof CloseEvent&&(c.code===4401||c.code===4403)),retryAttempts:5,on:{connected:()=>this.open=!0,closed:()=>this.open=!1}});let l=()=>{};i&&this.open?setTimeout(i):i&&(l=this.socket.on("connected",()=>setTimeout(i)));let d=this.socket.subscribe({query:n.toString(),variables:o},{next:c=>{c.errors?.length?s(new ne(200,c.errors)):c.data&&r(c.data)},error:c=>s(Ko(c)),complete:()=>{}});return()=>{l(),d()}}close(){this.socket?.dispose(),this.socket=void 0}};function Ko(e){if(Array.isArray(e))return new ne(200,e);if(e instanceof CloseEvent){let n=e.code===4401?"UNAUTHENTICATED":e.code===4403?"FORBIDDEN":"CLOSED";return new ne(0,[{message:e.reason||`the live connection closed (${e.code})`,extensions:{code:n}}])}return new ne(0,[{message:"the live connection failed",extensions:{code:"NETWORK"}}])}var Vo=0;function t(e,n,o,r,s,i){n||(n={});var l,d,c=n;if("ref"in c)for(d in c={},n)d=="ref"?l=n[d]:c[d]=n[d];var u={type:e,props:c,key:o,ref:l,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--Vo,__i:-1,__u:0,__source:s,__self:i};if(typeof e=="function"&&(l=e.defaultProps))for(d in l)c[d]===void 0&&(c[d]=l[d]);return N.vnode&&N.vnode(u),u}function Bt(){try{return JSON.parse(document.getElementById("app")?.dataset.config??"{}")}catch{return{}}}function q(e){let n=Oe(null),o=et();return re(()=>{let r=n.current;return r&&!r.open&&r.showModal(),()=>r?.close()},[]),t("dialog",{ref:n,class:e.wide?"wide":void 0,"aria-labelledby":o,onCancel:r=>{r.preventDefault(),e.onClose()},children:[t("header",{class:"dialog-head",children:[t("h2",{id:o,children:e.title}),t("button",{type:"button",class:"icon","aria-label":"Close",onClick:e.onClose,children:"\xD7"})]}),e.children]})}function $({error:e}){if(!e)return null;let n=e instanceof ne?e:void 0,o=n?.errors.length?n.errors:[{message:String(e?.message??e),extensions:{code:"ERROR"}}];return t("div",{class:"error",role:"alert",children:o.map((r,s)=>{let i=(r.extensions?.fields??[]).filter(l=>!r.message.includes(l.message));return t("div",{children:[t("code",{class:"code",children:r.extensions?.code??"UNKNOWN"})," ",r.message,i.length?t("ul",{children:i.map(l=>t("li",{children:[t("code",{children:l.field}),": ",l.message]},l.field))}):null]},s)})})}function k(e){let n=et(),o=e.hint?`${n}-hint`:void 0;return t("div",{class:"field",children:[t("label",{for:n,children:e.label}),e.children(n,o),e.hint?t("small",{id:o,class:"hint",children:e.hint}):null]})}function V(e){if(!e)return"\u2014";let n=new Date(e);return Number.isNaN(n.getTime())?e:n.toLocaleString()}async function Ht(e){try{return await navigator.clipboard.writeText(e),!0}catch{return!1}}function z(e,n){let[o,r]=f(void 0),[s,i]=f(null),[l,d]=f(!0),c=Oe(0),u=Wt(async()=>{let p=++c.current;d(!0);try{let b=await e();if(p!==c.current)return;r(b),i(null)}catch(b){if(p!==c.current)return;i(b)}finally{p===c.current&&d(!1)}},n);return re(()=>{u()},[u]),{data:o,error:s,loading:l,reload:u}}function ae(){let[e,n]=f(!1),[o,r]=f(null);return{busy:e,error:o,act:async(i,l)=>{n(!0),r(null);try{await i(),l()}catch(d){r(d)}finally{n(!1)}}}}var D=class extends String{__apiType;value;__meta__;constructor(n,o){super(n),this.value=n,this.__meta__=o}toString(){return this.value}},Qt=new D(`
    query ConnectStart {
  viewer {
    permission
    authAccess {
      personId
      sources
      expiresTime
    }
  }
  sources(first: 100) {
    edges {
      node {
        key
        name
        credentialTypes {
          key
          name
          requiresPlatformApp
          fields {
            name
            label
            secret
            required
            pattern
          }
          hostedOAuth {
            fields {
              name
              label
              secret
              required
              pattern
            }
          }
        }
      }
    }
  }
  platformApps(first: 100, orderBy: [{field: CREATED_TIME, direction: ASC}]) {
    edges {
      node {
        id
        source {
          key
        }
      }
    }
  }
}
    `),jt=new D(`
    mutation ConnectAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    alreadyExists
    account {
      id
      identifier
      source {
        key
        name
      }
    }
  }
}
    `),Gt=new D(`
    mutation StartOAuthConnect($input: StartOAuthConnectInput!) {
  startOAuthConnect(input: $input) {
    connectUrl
    oauthConnect {
      id
      status
      source
      expiresTime
    }
  }
}
    `),zt=new D(`
    query OAuthConnect($id: ID!) {
  oauthConnect(id: $id) {
    id
    status
    accountId
    alreadyExists
    account {
      id
      identifier
      source {
        key
        name
      }
    }
    errorCode
    expiresTime
  }
}
    `),Yt=new D(`
    query ConsoleViewer {
  viewer {
    permission
    environment {
      id
      name
      slug
    }
    authAccess {
      id
      name
      personId
    }
  }
}
    `),Jt=new D(`
    query ConsoleAccounts($filter: String, $sortBy: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  accounts(
    filter: $filter
    sortBy: $sortBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        identifier
        displayName
        isEnabled
        disabledReason
        verificationStatus
        verifiedTime
        verificationError
        createdTime
        source {
          key
          name
        }
        creator {
          kind
          personId
          authAccess {
            name
          }
        }
      }
    }
  }
}
    `),Xt=new D(`
    query ConsoleAccount($id: ID!, $events: String!) {
  account(id: $id) {
    id
    identifier
    identifierKind
    displayName
    externalId
    foreignId
    metadata
    isEnabled
    disabledReason
    verificationStatus
    verifiedTime
    verificationError
    createdTime
    updatedTime
    credentialType
    source {
      key
      name
    }
    platformApp {
      name
    }
    creator {
      kind
      personId
      authAccess {
        name
      }
    }
  }
  events(filter: $events, sortBy: "createdTime:DESC", first: 50) {
    edges {
      node {
        id
        type
        createdTime
        data
        personId
        authAccess {
          name
        }
      }
    }
  }
}
    `),Zt=new D(`
    query ConsoleCatalog {
  sources(first: 100) {
    edges {
      node {
        id
        key
        name
        verification {
          baseUrl
          method
          path
          placement
          identifierPath
        }
        credentialTypes {
          key
          name
          requiresPlatformApp
          fields {
            name
            label
            secret
            required
            pattern
          }
          hostedOAuth {
            defaultScopes
          }
        }
      }
    }
  }
}
    `),en=new D(`
    query ConsolePlatformApps {
  platformApps(first: 100, sortBy: "name") {
    edges {
      node {
        id
        name
        clientId
        oauthScopes
        createdTime
        source {
          key
          name
        }
      }
    }
  }
}
    `),tn=new D(`
    mutation ConsoleCreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    alreadyExists
    account {
      id
      identifier
      source {
        name
      }
    }
  }
}
    `),nn=new D(`
    mutation ConsoleVerifyAccount($id: ID!) {
  verifyAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
      verificationStatus
      verifiedTime
      verificationError
    }
  }
}
    `),on=new D(`
    mutation ConsoleEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),rn=new D(`
    mutation ConsoleDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),sn=new D(`
    mutation ConsoleDeleteAccount($id: ID!, $revoke: Boolean) {
  deleteAccount(id: $id, revoke: $revoke) {
    deletedId
    revocation
    revocationError
  }
}
    `),an=new D(`
    mutation ConsoleUpdateAccount($id: ID!, $change: AccountChange, $remove: [AccountField!]) {
  updateAccount(id: $id, change: $change, remove: $remove) {
    account {
      id
      identifier
      displayName
      metadata
      foreignId
    }
  }
}
    `),ln=new D(`
    query ConsoleKeys($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  authAccesses(
    filter: $filter
    sortBy: "createdTime:DESC"
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        name
        description
        foreignId
        foreignData
        token
        permission
        isEnabled
        lastUsedTime
        expiresTime
        personId
        sources
        createdTime
      }
    }
  }
}
    `),cn=new D(`
    mutation ConsoleCreateKey($input: CreateAuthAccessInput!) {
  createAuthAccess(input: $input) {
    secretKey
    authAccess {
      id
      name
      token
      permission
    }
  }
}
    `),un=new D(`
    mutation ConsoleRotateKey($id: ID!, $gracePeriod: Int) {
  rotateAuthAccessSecret(id: $id, gracePeriod: $gracePeriod) {
    secretKey
    previousSecretExpiresTime
    authAccess {
      id
      name
    }
  }
}
    `),dn=new D(`
    mutation ConsoleEnableKey($id: ID!) {
  enableAuthAccess(id: $id) {
    authAccess {
      id
      isEnabled
    }
  }
}
    `),pn=new D(`
    mutation ConsoleDisableKey($id: ID!) {
  disableAuthAccess(id: $id) {
    authAccess {
      id
      isEnabled
    }
  }
}
    `),mn=new D(`
    mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {
  updateAuthAccess(id: $id, change: $change, remove: $remove) {
    authAccess {
      id
      description
      foreignData
    }
  }
}
    `),fn=new D(`
    mutation ConsoleCreateConnectSession($input: CreateConnectSessionInput!) {
  createConnectSession(input: $input) {
    secretKey
    expiresTime
    authAccess {
      id
      name
      personId
      sources
    }
  }
}
    `),yn=new D(`
    query ConsoleRecentEvents($filter: String) {
  events(filter: $filter, sortBy: "createdTime:DESC", first: 50) {
    edges {
      node {
        id
        type
        subjectId
        personId
        createdTime
        data
        authAccess {
          name
        }
      }
    }
  }
}
    `),bn=new D(`
    subscription ConsoleEvents($types: [EventType!]) {
  events(types: $types) {
    id
    type
    subjectId
    personId
    createdTime
    data
    authAccess {
      name
    }
  }
}
    `),hn=new D(`
    mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {
  createPlatformApp(input: $input) {
    platformApp {
      id
      name
      clientId
    }
  }
}
    `),gn=new D(`
    mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {
  createCustomSource(input: $input) {
    source {
      id
      key
      name
    }
  }
}
    `),Cn=new D(`
    query ConsoleWebhookEndpoints($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  webhookEndpoints(
    sortBy: "createdTime:DESC"
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        url
        description
        eventTypes
        isEnabled
        disabledReason
        failingSince
        previousSecretExpiresTime
        createdTime
      }
    }
  }
}
    `),vn=new D(`
    query ConsoleWebhookDeliveries($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  webhookDeliveries(
    filter: $filter
    sortBy: "createdTime:DESC"
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        status
        attemptCount
        nextAttemptTime
        deliveredTime
        createdTime
        subjectId
        endpoint {
          id
          url
        }
        event {
          id
          type
        }
        attempts {
          createdTime
          statusCode
          durationMs
          error
        }
      }
    }
  }
}
    `),An=new D(`
    mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    webhookEndpoint {
      id
      url
    }
  }
}
    `),En=new D(`
    mutation ConsoleRotateWebhookSecret($id: ID!, $overlap: Int) {
  rotateWebhookEndpointSecret(id: $id, overlap: $overlap) {
    secret
    webhookEndpoint {
      id
      previousSecretExpiresTime
    }
  }
}
    `),_n=new D(`
    mutation ConsoleEnableWebhookEndpoint($id: ID!) {
  enableWebhookEndpoint(id: $id) {
    webhookEndpoint {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),kn=new D(`
    mutation ConsoleDisableWebhookEndpoint($id: ID!) {
  disableWebhookEndpoint(id: $id) {
    webhookEndpoint {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),Dn=new D(`
    mutation ConsoleDeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(id: $id) {
    deletedId
  }
}
    `),In=new D(`
    mutation ConsoleRedeliverWebhook($id: ID!) {
  redeliverWebhook(id: $id) {
    webhookDelivery {
      id
      status
      nextAttemptTime
    }
  }
}
    `);var Fo={"\n  query ConnectStart {\n    viewer { permission authAccess { personId sources expiresTime } }\n    sources(first: 100) {\n      edges {\n        node {\n          key name\n          credentialTypes {\n            key name requiresPlatformApp\n            fields { name label secret required pattern }\n            hostedOAuth { fields { name label secret required pattern } }\n          }\n        }\n      }\n    }\n    platformApps(first: 100, orderBy: [{ field: CREATED_TIME, direction: ASC }]) { edges { node { id source { key } } } }\n  }\n":Qt,"\n  mutation ConnectAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { alreadyExists account { id identifier source { key name } } }\n  }\n":jt,"\n  mutation StartOAuthConnect($input: StartOAuthConnectInput!) {\n    startOAuthConnect(input: $input) { connectUrl oauthConnect { id status source expiresTime } }\n  }\n":Gt,"\n  query OAuthConnect($id: ID!) {\n    oauthConnect(id: $id) { id status accountId alreadyExists account { id identifier source { key name } } errorCode expiresTime }\n  }\n":zt,"\n  query ConsoleViewer {\n    viewer {\n      permission\n      environment { id name slug }\n      authAccess { id name personId }\n    }\n  }\n":Yt,"\n  query ConsoleAccounts($filter: String, $sortBy: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    accounts(filter: $filter, sortBy: $sortBy, first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id identifier displayName isEnabled disabledReason\n          verificationStatus verifiedTime verificationError createdTime\n          source { key name }\n          creator { kind personId authAccess { name } }\n        }\n      }\n    }\n  }\n":Jt,'\n  query ConsoleAccount($id: ID!, $events: String!) {\n    account(id: $id) {\n      id identifier identifierKind displayName externalId foreignId metadata\n      isEnabled disabledReason verificationStatus verifiedTime verificationError\n      createdTime updatedTime credentialType\n      source { key name }\n      platformApp { name }\n      creator { kind personId authAccess { name } }\n    }\n    events(filter: $events, sortBy: "createdTime:DESC", first: 50) {\n      edges { node { id type createdTime data personId authAccess { name } } }\n    }\n  }\n':Xt,"\n  query ConsoleCatalog {\n    sources(first: 100) {\n      edges {\n        node {\n          id key name\n          verification { baseUrl method path placement identifierPath }\n          credentialTypes { key name requiresPlatformApp fields { name label secret required pattern } hostedOAuth { defaultScopes } }\n        }\n      }\n    }\n  }\n":Zt,'\n  query ConsolePlatformApps {\n    platformApps(first: 100, sortBy: "name") {\n      edges { node { id name clientId oauthScopes createdTime source { key name } } }\n    }\n  }\n':en,"\n  mutation ConsoleCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { alreadyExists account { id identifier source { name } } }\n  }\n":tn,"\n  mutation ConsoleVerifyAccount($id: ID!) {\n    verifyAccount(id: $id) { account { id isEnabled disabledReason verificationStatus verifiedTime verificationError } }\n  }\n":nn,"\n  mutation ConsoleEnableAccount($id: ID!) {\n    enableAccount(id: $id) { account { id isEnabled disabledReason } }\n  }\n":on,"\n  mutation ConsoleDisableAccount($id: ID!) {\n    disableAccount(id: $id) { account { id isEnabled disabledReason } }\n  }\n":rn,"\n  mutation ConsoleDeleteAccount($id: ID!, $revoke: Boolean) {\n    deleteAccount(id: $id, revoke: $revoke) { deletedId revocation revocationError }\n  }\n":sn,"\n  mutation ConsoleUpdateAccount($id: ID!, $change: AccountChange, $remove: [AccountField!]) {\n    updateAccount(id: $id, change: $change, remove: $remove) { account { id identifier displayName metadata foreignId } }\n  }\n":an,'\n  query ConsoleKeys($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    authAccesses(filter: $filter, sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id name description foreignId foreignData token permission isEnabled\n          lastUsedTime expiresTime personId sources createdTime\n        }\n      }\n    }\n  }\n':ln,"\n  mutation ConsoleCreateKey($input: CreateAuthAccessInput!) {\n    createAuthAccess(input: $input) { secretKey authAccess { id name token permission } }\n  }\n":cn,"\n  mutation ConsoleRotateKey($id: ID!, $gracePeriod: Int) {\n    rotateAuthAccessSecret(id: $id, gracePeriod: $gracePeriod) { secretKey previousSecretExpiresTime authAccess { id name } }\n  }\n":un,"\n  mutation ConsoleEnableKey($id: ID!) {\n    enableAuthAccess(id: $id) { authAccess { id isEnabled } }\n  }\n":dn,"\n  mutation ConsoleDisableKey($id: ID!) {\n    disableAuthAccess(id: $id) { authAccess { id isEnabled } }\n  }\n":pn,"\n  mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {\n    updateAuthAccess(id: $id, change: $change, remove: $remove) { authAccess { id description foreignData } }\n  }\n":mn,"\n  mutation ConsoleCreateConnectSession($input: CreateConnectSessionInput!) {\n    createConnectSession(input: $input) { secretKey expiresTime authAccess { id name personId sources } }\n  }\n":fn,'\n  query ConsoleRecentEvents($filter: String) {\n    events(filter: $filter, sortBy: "createdTime:DESC", first: 50) {\n      edges { node { id type subjectId personId createdTime data authAccess { name } } }\n    }\n  }\n':yn,"\n  subscription ConsoleEvents($types: [EventType!]) {\n    events(types: $types) { id type subjectId personId createdTime data authAccess { name } }\n  }\n":bn,"\n  mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {\n    createPlatformApp(input: $input) { platformApp { id name clientId } }\n  }\n":hn,"\n  mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {\n    createCustomSource(input: $input) { source { id key name } }\n  }\n":gn,'\n  query ConsoleWebhookEndpoints($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    webhookEndpoints(sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node { id url description eventTypes isEnabled disabledReason failingSince previousSecretExpiresTime createdTime }\n      }\n    }\n  }\n':Cn,'\n  query ConsoleWebhookDeliveries($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    webhookDeliveries(filter: $filter, sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id status attemptCount nextAttemptTime deliveredTime createdTime subjectId\n          endpoint { id url }\n          event { id type }\n          attempts { createdTime statusCode durationMs error }\n        }\n      }\n    }\n  }\n':vn,"\n  mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret webhookEndpoint { id url } }\n  }\n":An,"\n  mutation ConsoleRotateWebhookSecret($id: ID!, $overlap: Int) {\n    rotateWebhookEndpointSecret(id: $id, overlap: $overlap) { secret webhookEndpoint { id previousSecretExpiresTime } }\n  }\n":En,"\n  mutation ConsoleEnableWebhookEndpoint($id: ID!) {\n    enableWebhookEndpoint(id: $id) { webhookEndpoint { id isEnabled disabledReason } }\n  }\n":_n,"\n  mutation ConsoleDisableWebhookEndpoint($id: ID!) {\n    disableWebhookEndpoint(id: $id) { webhookEndpoint { id isEnabled disabledReason } }\n  }\n":kn,"\n  mutation ConsoleDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) { deletedId }\n  }\n":Dn,"\n  mutation ConsoleRedeliverWebhook($id: ID!) {\n    redeliverWebhook(id: $id) { webhookDelivery { id status nextAttemptTime } }\n  }\n":In};function w(e){return Fo[e]??{}}var $n=w(`
  query ConsoleViewer {
    viewer {
      permission
      environment { id name slug }
      authAccess { id name personId }
    }
  }
`),Tn=w(`
  query ConsoleAccounts($filter: String, $sortBy: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    accounts(filter: $filter, sortBy: $sortBy, first: $first, after: $after, last: $last, before: $before) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node {
          id identifier displayName isEnabled disabledReason
          verificationStatus verifiedTime verificationError createdTime
          source { key name }
          creator { kind personId authAccess { name } }
        }
      }
    }
  }
`),Sn=w(`
  query ConsoleAccount($id: ID!, $events: String!) {
    account(id: $id) {
      id identifier identifierKind displayName externalId foreignId metadata
      isEnabled disabledReason verificationStatus verifiedTime verificationError
      createdTime updatedTime credentialType
      source { key name }
      platformApp { name }
      creator { kind personId authAccess { name } }
    }
    events(filter: $events, sortBy: "createdTime:DESC", first: 50) {
      edges { node { id type createdTime data personId authAccess { name } } }
    }
  }
`),Ce=w(`
  query ConsoleCatalog {
    sources(first: 100) {
      edges {
        node {
          id key name
          verification { baseUrl method path placement identifierPath }
          credentialTypes { key name requiresPlatformApp fields { name label secret required pattern } hostedOAuth { defaultScopes } }
        }
      }
    }
  }
`),Me=w(`
  query ConsolePlatformApps {
    platformApps(first: 100, sortBy: "name") {
      edges { node { id name clientId oauthScopes createdTime source { key name } } }
    }
  }
`),xn=w(`
  mutation ConsoleCreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) { alreadyExists account { id identifier source { name } } }
  }
`),wn=w(`
  mutation ConsoleVerifyAccount($id: ID!) {
    verifyAccount(id: $id) { account { id isEnabled disabledReason verificationStatus verifiedTime verificationError } }
  }
`),Pn=w(`
  mutation ConsoleEnableAccount($id: ID!) {
    enableAccount(id: $id) { account { id isEnabled disabledReason } }
  }
`),Rn=w(`
  mutation ConsoleDisableAccount($id: ID!) {
    disableAccount(id: $id) { account { id isEnabled disabledReason } }
  }
`),Nn=w(`
  mutation ConsoleDeleteAccount($id: ID!, $revoke: Boolean) {
    deleteAccount(id: $id, revoke: $revoke) { deletedId revocation revocationError }
  }
`),On=w(`
  mutation ConsoleUpdateAccount($id: ID!, $change: AccountChange, $remove: [AccountField!]) {
    updateAccount(id: $id, change: $change, remove: $remove) { account { id identifier displayName metadata foreignId } }
  }
`),Wn=w(`
  query ConsoleKeys($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    authAccesses(filter: $filter, sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node {
          id name description foreignId foreignData token permission isEnabled
          lastUsedTime expiresTime personId sources createdTime
        }
      }
    }
  }
`),Mn=w(`
  mutation ConsoleCreateKey($input: CreateAuthAccessInput!) {
    createAuthAccess(input: $input) { secretKey authAccess { id name token permission } }
  }
`),qn=w(`
  mutation ConsoleRotateKey($id: ID!, $gracePeriod: Int) {
    rotateAuthAccessSecret(id: $id, gracePeriod: $gracePeriod) { secretKey previousSecretExpiresTime authAccess { id name } }
  }
`),Ln=w(`
  mutation ConsoleEnableKey($id: ID!) {
    enableAuthAccess(id: $id) { authAccess { id isEnabled } }
  }
`),Kn=w(`
  mutation ConsoleDisableKey($id: ID!) {
    disableAuthAccess(id: $id) { authAccess { id isEnabled } }
  }
`),Vn=w(`
  mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {
    updateAuthAccess(id: $id, change: $change, remove: $remove) { authAccess { id description foreignData } }
  }
`),Un=w(`
  mutation ConsoleCreateConnectSession($input: CreateConnectSessionInput!) {
    createConnectSession(input: $input) { secretKey expiresTime authAccess { id name personId sources } }
  }
`),Fn=w(`
  query ConsoleRecentEvents($filter: String) {
    events(filter: $filter, sortBy: "createdTime:DESC", first: 50) {
      edges { node { id type subjectId personId createdTime data authAccess { name } } }
    }
  }
`),Bn=w(`
  subscription ConsoleEvents($types: [EventType!]) {
    events(types: $types) { id type subjectId personId createdTime data authAccess { name } }
  }
`),Hn=w(`
  mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {
    createPlatformApp(input: $input) { platformApp { id name clientId } }
  }
`),Qn=w(`
  mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {
    createCustomSource(input: $input) { source { id key name } }
  }
`),jn=w(`
  query ConsoleWebhookEndpoints($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    webhookEndpoints(sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node { id url description eventTypes isEnabled disabledReason failingSince previousSecretExpiresTime createdTime }
      }
    }
  }
`),Gn=w(`
  query ConsoleWebhookDeliveries($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    webhookDeliveries(filter: $filter, sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node {
          id status attemptCount nextAttemptTime deliveredTime createdTime subjectId
          endpoint { id url }
          event { id type }
          attempts { createdTime statusCode durationMs error }
        }
      }
    }
  }
`),zn=w(`
  mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) { secret webhookEndpoint { id url } }
  }
`),Yn=w(`
  mutation ConsoleRotateWebhookSecret($id: ID!, $overlap: Int) {
    rotateWebhookEndpointSecret(id: $id, overlap: $overlap) { secret webhookEndpoint { id previousSecretExpiresTime } }
  }
`),Jn=w(`
  mutation ConsoleEnableWebhookEndpoint($id: ID!) {
    enableWebhookEndpoint(id: $id) { webhookEndpoint { id isEnabled disabledReason } }
  }
`),Xn=w(`
  mutation ConsoleDisableWebhookEndpoint($id: ID!) {
    disableWebhookEndpoint(id: $id) { webhookEndpoint { id isEnabled disabledReason } }
  }
`),Zn=w(`
  mutation ConsoleDeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id) { deletedId }
  }
`),eo=w(`
  mutation ConsoleRedeliverWebhook($id: ID!) {
    redeliverWebhook(id: $id) { webhookDelivery { id status nextAttemptTime } }
  }
`);function no(e){return{permission:e,read:e!=="CREDENTIALS_IN_ONLY",write:e==="READ_WRITE_NO_CREDENTIALS_OUT"||e==="FULL_ACCESS",addAccounts:e!=="READ_ONLY"}}var to=["CREDENTIALS_IN_ONLY","READ_ONLY","READ_CREDENTIALS_IN","READ_WRITE_NO_CREDENTIALS_OUT","FULL_ACCESS"];function oo(e){return e==="FULL_ACCESS"?to:e==="READ_WRITE_NO_CREDENTIALS_OUT"?to.filter(n=>n!=="FULL_ACCESS"):[]}function H(e,n){return`Your key's level, ${e}, may not ${n}.`}function qe(e){let{api:n,caps:o}=P(),r=e.account,{busy:s,error:i,act:l}=ae(),[d,c]=f(null),[u,p]=f(!0),[b,a]=f(null),m=o.write?void 0:H(o.permission,"change accounts");return t("div",{class:"actions",children:[t("button",{type:"button",disabled:s||!o.write,title:m,onClick:()=>l(()=>n.run(wn,{id:r.id}),e.onChange),children:"Verify"}),r.isEnabled?t("button",{type:"button",disabled:s||!o.write,title:m,onClick:()=>l(()=>n.run(Rn,{id:r.id}),e.onChange),children:"Disable"}):t("button",{type:"button",disabled:s||!o.write,title:m,onClick:()=>l(()=>n.run(Pn,{id:r.id}),e.onChange),children:"Enable"}),t("button",{type:"button",disabled:s||!o.write,title:m,onClick:()=>c("edit"),children:"Edit"}),t("button",{type:"button",class:"danger",disabled:s||!o.write,title:m,onClick:()=>c("delete"),children:"Delete"}),t($,{error:i}),d==="edit"?t(Ho,{account:r,onClose:()=>c(null),onSaved:()=>{c(null),e.onChange()}}):null,d==="delete"&&b?t(q,{title:`${r.identifier} is deleted`,onClose:()=>{c(null),(e.onDeleted??e.onChange)()},children:[t("p",{role:"status",children:Bo(b.revocation,b.revocationError)}),t("div",{class:"buttons",children:t("button",{type:"button",class:"primary",onClick:()=>{c(null),(e.onDeleted??e.onChange)()},children:"Done"})})]}):d==="delete"?t(q,{title:`Delete ${r.identifier}?`,onClose:()=>c(null),children:[t("p",{children:"The account and its stored credentials are deleted for good. Its events stay."}),t("label",{class:"check",children:[t("input",{type:"checkbox",checked:u,onChange:y=>p(y.target.checked)})," First revoke the credentials at the source, where it offers that (the account is deleted either way)"]}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:()=>c(null),children:"Cancel"}),t("button",{type:"button",class:"danger",disabled:s,onClick:()=>l(async()=>a((await n.run(Nn,{id:r.id,revoke:u})).deleteAccount),()=>{}),children:"Delete account"})]}),t($,{error:i})]}):null]})}function Bo(e,n){switch(e){case"REVOKED":return"Its credentials were revoked at the source.";case"PENDING":return`The source could not revoke its credentials now (${n??"no answer"}); Latchkey retries for about two days, and the events tell how it ends.`;case"FAILED":return`The source did not revoke its credentials (${n??"refused"}): revoke them there yourself.`;case"NOT_SUPPORTED":return"The source offers no way to revoke its credentials: revoke them there yourself if they must stop working.";default:return"Its credentials were not revoked at the source, as asked."}}function Ho(e){let{api:n}=P(),o=e.account,[r,s]=f(o.identifier),[i,l]=f(o.displayName??""),[d,c]=f(o.foreignId??""),[u,p]=f(o.metadata?JSON.stringify(o.metadata,null,2):""),[b,a]=f(null),[m,y]=f(!1),v=async h=>{h.preventDefault();let g;if(u.trim()){try{g=JSON.parse(u)}catch{a(new Error("Metadata is not valid JSON."));return}if(!g||typeof g!="object"||Array.isArray(g)){a(new Error('Metadata must be a JSON object, such as {"plan": "pro"}.'));return}}let A={},T=[];r.trim()!==o.identifier&&(A.identifier=r.trim()),i.trim()?A.displayName=i.trim():o.displayName&&T.push("DISPLAY_NAME"),d.trim()?A.foreignId=d.trim():o.foreignId&&T.push("FOREIGN_ID"),g?A.metadata=g:o.metadata&&T.push("METADATA"),y(!0);try{await n.run(On,{id:o.id,change:A,remove:T}),e.onSaved()}catch(E){a(E)}finally{y(!1)}},C=(h,g,A,T)=>t(k,{label:h,hint:T,children:(E,O)=>t("input",{id:E,"aria-describedby":O,value:g,onInput:j=>A(j.target.value)})});return t(q,{title:`Edit ${o.identifier}`,onClose:e.onClose,children:t("form",{onSubmit:v,children:[C("Identifier",r,s,"Unique per source in this environment."),C("Display name",i,l),C("Foreign ID",d,c,"Your own system\u2019s id for this account."),t(k,{label:"Metadata (JSON object)",children:h=>t("textarea",{id:h,rows:5,spellcheck:!1,value:u,onInput:g=>p(g.target.value)})}),t($,{error:b}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:e.onClose,children:"Cancel"}),t("button",{type:"submit",class:"primary",disabled:m,children:"Save"})]})]})})}function Le(e){switch(e){case"MANUAL":return"disabled by hand";case"CREDENTIALS_REVOKED":return"credentials revoked at the source";case"CREDENTIALS_EXPIRED":return"credentials expired";default:return"disabled"}}function Ke(e){return e==="VERIFIED"?"verified":e==="FAILED"?"failed":"not verified"}function Ve(e){return e.kind==="UI"?e.personId?`person ${e.personId}`:"a person":e.authAccess?`key ${e.authAccess.name}`:"an API key"}function ro({id:e}){let{api:n}=P(),o=z(()=>n.run(Sn,{id:e,events:`subjectId = ${JSON.stringify(e)}`}),[e]),r=o.data?.account;if(o.error)return t($,{error:o.error});if(!o.data)return t("p",{class:"loading",children:"Loading\u2026"});if(!r)return t("section",{children:[t("h1",{children:"Account not found"}),t("p",{children:["It was deleted, or your key cannot see it. ",t("a",{href:"#/accounts",children:"Back to the accounts"})]})]});let s=[["Source",`${r.source.name} (${r.credentialType})`],["Identifier",`${r.identifier} (${r.identifierKind==="CUSTOM"?"custom":"from the source"})`],["Display name",r.displayName??"\u2014"],["Status",r.isEnabled?"enabled":`disabled: ${Le(r.disabledReason)}`],["Verification",`${Ke(r.verificationStatus)} ${V(r.verifiedTime)}`],["Last verification error",r.verificationError??"\u2014"],["External id",r.externalId??"\u2014"],["Foreign id",r.foreignId??"\u2014"],["Platform app",r.platformApp?.name??"\u2014"],["Creator",Ve(r.creator)],["Created",V(r.createdTime)],["Updated",V(r.updatedTime)],["ID",r.id]];return t("section",{"aria-labelledby":"account-title",children:[t("p",{children:t("a",{href:"#/accounts",children:"\u2190 Accounts"})}),t("h1",{id:"account-title",children:r.displayName??r.identifier}),t(qe,{account:r,onChange:o.reload,onDeleted:()=>location.hash="#/accounts"}),t("dl",{class:"fields",children:[s.map(([i,l])=>t("div",{children:[t("dt",{children:i}),t("dd",{children:l})]},i)),t("div",{children:[t("dt",{children:"Metadata"}),t("dd",{children:r.metadata?t("pre",{children:JSON.stringify(r.metadata,null,2)}):"\u2014"})]})]}),t("h2",{children:"Events"}),t("ol",{class:"events",children:o.data.events.edges.map(({node:i})=>t("li",{children:[t("code",{children:i.type})," ",t("time",{dateTime:i.createdTime,children:V(i.createdTime)}),i.authAccess?t("span",{children:[" by key ",i.authAccess.name]}):i.personId?t("span",{children:[" by person ",i.personId]}):null,i.data?t("pre",{children:JSON.stringify(i.data)}):null]},i.id))})]})}function io(e,n){let o={};for(let r of e){let s=n[r.name]??"";if(s===""){r.required&&(o[r.name]=`${r.label} is required.`);continue}r.pattern&&!Qo(r.pattern,s)&&(o[r.name]=`${r.label} does not have the expected form.`)}return o}function Qo(e,n){try{return new RegExp(`^(?:${e})$`,"u").test(n)}catch{return!0}}function so(e,n){let o={};for(let r of e){let s=n[r.name];s&&(o[r.name]=s)}return o}function ao(e){return t(Q,{children:e.type.fields.map(n=>t(k,{label:n.label+(n.required?"":" (optional)"),hint:e.problems[n.name],children:(o,r)=>t("input",{id:o,name:n.name,type:n.secret?"password":"text",autocomplete:"off",spellcheck:!1,required:n.required,"aria-invalid":e.problems[n.name]?"true":void 0,"aria-describedby":r,value:e.values[n.name]??"",onInput:s=>e.onInput(n.name,s.target.value)})},n.name))})}function lo(){let[e,n]=f({}),[o,r]=f({});return{values:e,problems:o,setProblems:r,onInput:(s,i)=>{n(l=>({...l,[s]:i})),r(l=>{let{[s]:d,...c}=l;return c})},reset:()=>{n({}),r({})}}}function co(e){let{api:n,caps:o}=P(),r=z(()=>n.run(Ce),[]),s=z(()=>o.read?n.run(Me):Promise.resolve(null),[]),i=r.data?.sources.edges.map(S=>S.node)??[],[l,d]=f(""),[c,u]=f(""),[p,b]=f(""),[a,m]=f(""),[y,v]=f(""),C=lo(),[h,g]=f(!1),[A,T]=f(null),[E,O]=f(null),j=i.find(S=>S.key===l),K=j?.credentialTypes.find(S=>S.key===c)??j?.credentialTypes[0],oe=(s.data?.platformApps.edges??[]).map(S=>S.node).filter(S=>S.source.key===l),X=async S=>{if(S.preventDefault(),!j||!K)return;let L=io(K.fields,C.values);if(C.setProblems(L),!Object.keys(L).length){g(!0),T(null);try{let Y=await n.run(xn,{input:{source:j.key,credentialType:K.key,credentials:so(K.fields,C.values),platformApp:K.requiresPlatformApp&&p||null,identifier:a.trim()||null,displayName:y.trim()||null}});C.reset(),O({identifier:Y.createAccount.account.identifier,source:Y.createAccount.account.source.name,alreadyExists:Y.createAccount.alreadyExists}),e.onAdded()}catch(Y){T(Y)}finally{g(!1)}}};return E?t(q,{title:"Account added",onClose:e.onClose,children:[t("p",{role:"status",class:"success",children:E.alreadyExists?`${E.source} account ${E.identifier} was already connected; its credentials were refreshed.`:`${E.source} account ${E.identifier} was verified and added.`}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:()=>O(null),children:"Add another"}),t("button",{type:"button",class:"primary",onClick:e.onClose,children:"Done"})]})]}):t(q,{title:"Add account",onClose:e.onClose,children:[t($,{error:r.error}),t("form",{onSubmit:X,noValidate:!0,children:[t(k,{label:"Source",children:S=>t("select",{id:S,required:!0,value:l,onChange:L=>{d(L.target.value),u(""),b(""),C.reset()},children:[t("option",{value:"",children:"Choose a source\u2026"}),i.map(L=>t("option",{value:L.key,children:L.name},L.key))]})}),j&&j.credentialTypes.length>1?t(k,{label:"Credential type",children:S=>t("select",{id:S,value:K?.key,onChange:L=>{u(L.target.value),C.reset()},children:j.credentialTypes.map(L=>t("option",{value:L.key,children:L.name},L.key))})}):null,K?.requiresPlatformApp?t(k,{label:"Platform app",hint:oe.length?void 0:`No platform app of ${j?.name} yet: add one on the Sources page.`,children:(S,L)=>t("select",{id:S,required:!0,"aria-describedby":L,value:p,onChange:Y=>b(Y.target.value),children:[t("option",{value:"",children:"Choose an app\u2026"}),oe.map(Y=>t("option",{value:Y.id,children:Y.name},Y.id))]})}):null,K?t(ao,{type:K,values:C.values,problems:C.problems,onInput:C.onInput}):null,K?t(Q,{children:[t(k,{label:"Identifier (optional)",hint:"The source's own id (such as the shop's) when left empty.",children:(S,L)=>t("input",{id:S,"aria-describedby":L,value:a,onInput:Y=>m(Y.target.value)})}),t(k,{label:"Display name (optional)",children:S=>t("input",{id:S,value:y,onInput:L=>v(L.target.value)})})]}):null,A?t(jo,{error:A}):null,t("div",{class:"buttons",children:[t("button",{type:"button",onClick:e.onClose,children:"Cancel"}),t("button",{type:"submit",class:"primary",disabled:h||!K,children:h?"Verifying\u2026":"Verify and add"})]})]})]})}function jo({error:e}){let n=e instanceof ne&&e.code==="VERIFICATION_FAILED";return t(Q,{children:[n?t("p",{class:"failure",children:"The source refused these credentials, so nothing was stored. Check them and try again."}):null,t($,{error:e})]})}var uo=20;function pe(e){return e.before?{last:uo,before:e.before}:{first:uo,after:e.after??null}}function me(){let[e,n]=f({});return{position:e,setPosition:n,reset:()=>n({})}}function fe(e){let n=e.info,o=!!n&&(e.position.before?n.hasPreviousPage:!!e.position.after),r=!!n&&(e.position.before?!0:n.hasNextPage);return t("nav",{class:"pager","aria-label":`${e.label} pages`,children:[t("button",{type:"button",disabled:!o,onClick:()=>n?.startCursor&&e.onMove({before:n.startCursor}),children:"\u2190 Previous"}),t("button",{type:"button",disabled:!r,onClick:()=>n?.endCursor&&e.onMove({after:n.endCursor}),children:"Next \u2192"})]})}var po=[{label:"Identifier",key:"identifier"},{label:"Source"},{label:"Display name",key:"displayName"},{label:"Status",key:"isEnabled"},{label:"Verification"},{label:"Creator"},{label:"Created",key:"createdTime"},{label:"Actions"}];function mo(){let{api:e,caps:n}=P(),[o,r]=f(""),[s,i]=f(""),[l,d]=f({key:"createdTime",desc:!0}),{position:c,setPosition:u,reset:p}=me(),[b,a]=f(!1),m=`${l.key}:${l.desc?"DESC":"ASC"}`,y=z(()=>e.run(Tn,{filter:s||null,sortBy:m,...pe(c)}),[s,m,c]),v=y.data?.accounts.edges.map(h=>h.node)??[],C=h=>{d(g=>g.key===h?{key:h,desc:!g.desc}:{key:h,desc:!1}),p()};return t("section",{"aria-labelledby":"accounts-title",children:[t("div",{class:"page-head",children:[t("h1",{id:"accounts-title",children:"Accounts"}),t("button",{type:"button",class:"primary",disabled:!n.addAccounts,title:n.addAccounts?void 0:H(n.permission,"add accounts"),onClick:()=>a(!0),children:"Add account"})]}),n.read?null:t("p",{class:"note",children:H(n.permission,"read accounts other than those it added")}),t("form",{class:"filter",role:"search",onSubmit:h=>{h.preventDefault(),i(o.trim()),p()},children:[t("label",{for:"account-filter",children:"Filter"}),t("input",{id:"account-filter",type:"search",spellcheck:!1,placeholder:'isEnabled = false and source.key = "shopify"',"aria-describedby":"account-filter-hint",value:o,onInput:h=>r(h.target.value)}),t("button",{type:"submit",children:"Apply"}),t("small",{id:"account-filter-hint",class:"hint",children:["The list language, such as ",t("code",{children:'identifier startsWith "acme"'})," or"," ",t("code",{children:"createdTime isAfter Yesterday"}),"."]})]}),t($,{error:y.error}),t("table",{class:"data","aria-busy":y.loading,children:[t("caption",{class:"visually-hidden",children:["Accounts, sorted by ",l.key," ",l.desc?"descending":"ascending"]}),t("thead",{children:t("tr",{children:po.map(h=>t("th",{scope:"col","aria-sort":h.key&&h.key===l.key?l.desc?"descending":"ascending":void 0,children:h.key?t("button",{type:"button",class:"sort",onClick:()=>C(h.key),children:[h.label,t("span",{"aria-hidden":"true",children:h.key===l.key?l.desc?" \u25BC":" \u25B2":""})]}):h.label},h.label))})}),t("tbody",{children:[v.map(h=>t(Go,{account:h,onChange:y.reload},h.id)),!y.loading&&v.length===0?t("tr",{children:t("td",{colSpan:po.length,class:"empty",children:["No accounts",s?" match this filter":" yet","."]})}):null]})]}),t(fe,{label:"Accounts",info:y.data?.accounts.pageInfo,position:c,onMove:u}),b?t(co,{onClose:()=>a(!1),onAdded:()=>{p(),y.reload()}}):null]})}function Go({account:e,onChange:n}){return t("tr",{"data-account":e.identifier,children:[t("td",{children:t("a",{href:`#/accounts/${encodeURIComponent(e.id)}`,children:e.identifier})}),t("td",{children:e.source.name}),t("td",{children:e.displayName??"\u2014"}),t("td",{class:"status",children:[e.isEnabled?t("span",{class:"badge ok",children:"enabled"}):t("span",{class:"badge off",children:"disabled"}),e.isEnabled?null:t("small",{children:[" ",Le(e.disabledReason)]})]}),t("td",{children:[Ke(e.verificationStatus),t("small",{children:[" ",V(e.verifiedTime)]})]}),t("td",{children:Ve(e.creator)}),t("td",{children:V(e.createdTime)}),t("td",{children:t(qe,{account:e,onChange:n})})]})}var zo=[{label:"Accounts",types:["ACCOUNT_ADDED","ACCOUNT_VERIFIED","ACCOUNT_VERIFICATION_FAILED","ACCOUNT_UPDATED","ACCOUNT_ENABLED","ACCOUNT_DISABLED","ACCOUNT_DELETED","ACCOUNT_CREDENTIALS_REVEALED","ACCOUNT_CREDENTIALS_REFRESHED","ACCOUNT_RECOVERED"]},{label:"Keys",types:["AUTH_ACCESS_CREATED","AUTH_ACCESS_UPDATED","AUTH_ACCESS_ENABLED","AUTH_ACCESS_DISABLED","AUTH_ACCESS_SECRET_ROTATED"]},{label:"Sources",types:["SOURCE_CREATED","PLATFORM_APP_CREATED"]},{label:"Webhooks",types:["WEBHOOK_ENDPOINT_CREATED","WEBHOOK_ENDPOINT_UPDATED","WEBHOOK_ENDPOINT_ENABLED","WEBHOOK_ENDPOINT_DISABLED","WEBHOOK_ENDPOINT_DELETED","WEBHOOK_ENDPOINT_SECRET_ROTATED","WEBHOOK_DELIVERY_REDELIVERED"]}];function fo(e,n){let o=new Set(e.map(s=>s.id)),r=[...e,...n.filter(s=>!o.has(s.id))];return r.sort((s,i)=>s.createdTime<i.createdTime?1:s.createdTime>i.createdTime?-1:s.id<i.id?1:-1),r.slice(0,200)}function yo(){let{api:e,caps:n}=P(),[o,r]=f([]),[s,i]=f([]),[l,d]=f("connecting"),[c,u]=f(null);return re(()=>{if(!n.read)return;d("connecting"),u(null),i([]);let p=!1,b=o.length?`type in {${o.map(y=>JSON.stringify(y)).join(", ")}}`:null,a=()=>e.run(Fn,{filter:b}).then(y=>{p||(i(v=>fo(v,y.events.edges.map(C=>C.node))),d("live"))}).catch(y=>{p||u(y)}),m=e.subscribe(Bn,{types:o.length?o:null},y=>i(v=>fo(v,[y.events])),y=>{d("closed"),u(y)},()=>{a()});return()=>{p=!0,m()}},[o.join(",")]),n.read?t("section",{"aria-labelledby":"events-title",children:[t("div",{class:"page-head",children:[t("h1",{id:"events-title",children:"Events"}),t("span",{class:`live ${l}`,role:"status",children:l==="live"?"\u25CF live":l==="connecting"?"connecting\u2026":"not live"})]}),t(rt,{chosen:o,onChange:r}),t($,{error:c}),t("ol",{class:"events","aria-live":"polite","aria-label":"Events, newest first",children:[s.map(p=>t("li",{"data-event":p.type,children:[t("code",{children:p.type})," ",t("time",{dateTime:p.createdTime,children:V(p.createdTime)})," ",p.type.startsWith("ACCOUNT_")&&p.type!=="ACCOUNT_DELETED"?t("a",{href:`#/accounts/${encodeURIComponent(p.subjectId)}`,children:p.subjectId}):t("span",{children:p.subjectId}),p.authAccess?t("span",{children:[" by key ",p.authAccess.name]}):p.personId?t("span",{children:[" by person ",p.personId]}):null,p.data?t("pre",{children:JSON.stringify(p.data)}):null]},p.id)),s.length===0&&l!=="connecting"?t("li",{class:"empty",children:"No events yet."}):null]})]}):t("section",{children:[t("h1",{children:"Events"}),t("p",{class:"note",children:H(n.permission,"read events")})]})}function rt(e){let n=(o,r)=>e.onChange(r?[...e.chosen,o]:e.chosen.filter(s=>s!==o));return t("details",{class:"types",open:e.open,children:[t("summary",{children:["Types ",e.chosen.length?`(${e.chosen.length} chosen)`:"(all)"]}),zo.map(o=>t("fieldset",{children:[t("legend",{children:o.label}),o.types.map(r=>t("label",{class:"check",children:[t("input",{type:"checkbox",checked:e.chosen.includes(r),onChange:s=>n(r,s.target.checked)})," ",r]},r))]},o.label))]})}function ye({secret:e,warning:n}){let[o,r]=f(null);return t("div",{class:"secret-once",children:[t("p",{class:"warning",role:"alert",children:n??"Copy this secret key now: it is shown only this once. Latchkey keeps only its hash and cannot show it again."}),t("div",{class:"secret-row",children:[t("code",{class:"secret","data-secret":!0,children:e}),t("button",{type:"button",onClick:async()=>r(await Ht(e)),children:"Copy"})]}),o===!0?t("p",{role:"status",children:"Copied to the clipboard."}):null,o===!1?t("p",{role:"status",children:"The browser refused the clipboard: select the key and copy it by hand."}):null]})}var Yo=[{seconds:0,label:"none: the old secret stops now"},{seconds:3600,label:"1 hour"},{seconds:86400,label:"1 day"},{seconds:604800,label:"7 days"}];function Ue(e){return t(k,{label:e.label,children:n=>t("select",{id:n,value:e.value,onChange:o=>e.onChange(Number(o.target.value)),children:Yo.map(o=>t("option",{value:o.seconds,children:o.label},o.seconds))})})}function bo(e){let{api:n,caps:o}=P(),r=oo(o.permission),[s,i]=f(""),[l,d]=f("READ_ONLY"),[c,u]=f(""),[p,b]=f(""),[a,m]=f(""),[y,v]=f(null),[C,h]=f(!1),[g,A]=f(null);return g?t(q,{title:`Key ${s} created`,onClose:e.onClose,children:[t(ye,{secret:g}),t("div",{class:"buttons",children:t("button",{type:"button",class:"primary",onClick:e.onClose,children:"Done"})})]}):t(q,{title:"Create key",onClose:e.onClose,children:t("form",{onSubmit:async T=>{T.preventDefault(),h(!0),v(null);try{let E=await n.run(Mn,{input:{name:s.trim(),permission:l,description:c.trim()||null,foreignId:p.trim()||null,expiresTime:a?new Date(a).toISOString():null}});A(E.createAuthAccess.secretKey),e.onCreated()}catch(E){v(E)}finally{h(!1)}},children:[t(k,{label:"Name",hint:"What the key is for, such as \u201Cbilling service\u201D.",children:(T,E)=>t("input",{id:T,required:!0,"aria-describedby":E,value:s,onInput:O=>i(O.target.value)})}),t(k,{label:"Permission level",hint:"A key can never give more than its own level allows.",children:(T,E)=>t("select",{id:T,"aria-describedby":E,value:l,onChange:O=>d(O.target.value),children:r.map(O=>t("option",{value:O,children:O},O))})}),t(k,{label:"Description (optional)",children:T=>t("input",{id:T,value:c,onInput:E=>u(E.target.value)})}),t(k,{label:"Foreign ID (optional)",children:T=>t("input",{id:T,value:p,onInput:E=>b(E.target.value)})}),t(k,{label:"Expires (optional)",children:T=>t("input",{id:T,type:"datetime-local",value:a,onInput:E=>m(E.target.value)})}),t($,{error:y}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:e.onClose,children:"Cancel"}),t("button",{type:"submit",class:"primary",disabled:C,children:"Create key"})]})]})})}function ho(e){let{api:n}=P(),o=z(()=>n.run(Ce),[]),[r,s]=f(""),[i,l]=f([]),[d,c]=f(15),[u,p]=f(null),[b,a]=f(null);return b?t(q,{title:"Connect session created",onClose:e.onClose,children:[t(ye,{secret:b.secret}),t("p",{children:["Pass it to ",t("code",{children:"Latchkey.connect"})," in the end user\u2019s page; it expires at ",new Date(b.expires).toLocaleString(),"."]}),t("div",{class:"buttons",children:t("button",{type:"button",class:"primary",onClick:e.onClose,children:"Done"})})]}):t(q,{title:"New connect session",onClose:e.onClose,children:t("form",{onSubmit:async m=>{m.preventDefault(),p(null);try{let y=await n.run(Un,{input:{personId:r.trim(),sources:i.length?i:null,expiresIn:d*60}});a({secret:y.createConnectSession.secretKey,expires:y.createConnectSession.expiresTime}),e.onCreated()}catch(y){p(y)}},children:[t(k,{label:"Person",hint:"Your id of the end user the session acts for.",children:(m,y)=>t("input",{id:m,required:!0,"aria-describedby":y,value:r,onInput:v=>s(v.target.value)})}),t("fieldset",{children:[t("legend",{children:"Sources (none checked: all)"}),(o.data?.sources.edges??[]).map(({node:m})=>t("label",{class:"check",children:[t("input",{type:"checkbox",checked:i.includes(m.key),onChange:y=>{let v=y.target.checked;l(C=>v?[...C,m.key]:C.filter(h=>h!==m.key))}})," ",m.name]},m.key))]}),t(k,{label:"Expires in (minutes)",children:m=>t("input",{id:m,type:"number",min:1,max:1440,value:d,onInput:y=>c(Number(y.target.value))})}),t($,{error:u??o.error}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:e.onClose,children:"Cancel"}),t("button",{type:"submit",class:"primary",children:"Create session"})]})]})})}function go(){let{api:e,caps:n}=P(),[o,r]=f(!1),{position:s,setPosition:i,reset:l}=me(),[d,c]=f(null),u=z(()=>n.read?e.run(Wn,{filter:o?"personId isNotNull":"personId isNull",...pe(s)}):Promise.resolve(null),[o,s]);if(!n.read)return t("section",{children:[t("h1",{children:"Keys"}),t("p",{class:"note",children:H(n.permission,"read keys")})]});let p=n.write?void 0:H(n.permission,"create or change keys"),b=u.data?.authAccesses.edges.map(a=>a.node)??[];return t("section",{"aria-labelledby":"keys-title",children:[t("div",{class:"page-head",children:[t("h1",{id:"keys-title",children:"Keys"}),t("button",{type:"button",class:"primary",disabled:!n.write,title:p,onClick:()=>c("create"),children:"Create key"}),t("button",{type:"button",disabled:!n.write,title:p,onClick:()=>c("session"),children:"New connect session"})]}),n.write?null:t("p",{class:"note",children:p}),t("div",{class:"tabs",role:"group","aria-label":"Show",children:[t("button",{type:"button","aria-pressed":!o,onClick:()=>(r(!1),l()),children:"API keys"}),t("button",{type:"button","aria-pressed":o,onClick:()=>(r(!0),l()),children:"Connect sessions"})]}),t($,{error:u.error}),t("table",{class:"data","aria-busy":u.loading,children:[t("caption",{class:"visually-hidden",children:[o?"Connect sessions":"API keys",", newest first"]}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Name"}),t("th",{scope:"col",children:"Level"}),t("th",{scope:"col",children:"Token"}),t("th",{scope:"col",children:"Status"}),o?t("th",{scope:"col",children:"Person and sources"}):t("th",{scope:"col",children:"Description"}),t("th",{scope:"col",children:"Last used"}),t("th",{scope:"col",children:"Expires"}),t("th",{scope:"col",children:"Actions"})]})}),t("tbody",{children:[b.map(a=>t(Jo,{k:a,onChange:u.reload,session:o},a.id)),!u.loading&&b.length===0?t("tr",{children:t("td",{colSpan:8,class:"empty",children:["No ",o?"connect sessions":"keys"," yet."]})}):null]})]}),t(fe,{label:"Keys",info:u.data?.authAccesses.pageInfo,position:s,onMove:i}),d==="create"?t(bo,{onClose:()=>c(null),onCreated:u.reload}):null,d==="session"?t(ho,{onClose:()=>c(null),onCreated:u.reload}):null]})}function Jo({k:e,onChange:n,session:o}){let{api:r,caps:s,viewer:i}=P(),{busy:l,error:d,act:c}=ae(),[u,p]=f(null),b=e.id===i.authAccess.id,a=s.write?void 0:H(s.permission,"change keys");return t("tr",{"data-key":e.name,children:[t("td",{children:[e.name,b?t("small",{children:" (this key)"}):null]}),t("td",{children:e.permission}),t("td",{children:t("code",{children:e.token})}),t("td",{children:e.isEnabled?t("span",{class:"badge ok",children:"enabled"}):t("span",{class:"badge off",children:"disabled"})}),o?t("td",{children:[e.personId,t("small",{children:[" ",e.sources?.join(", ")??"all sources"]})]}):t("td",{children:e.description??"\u2014"}),t("td",{children:V(e.lastUsedTime)}),t("td",{children:V(e.expiresTime)}),t("td",{children:[t("div",{class:"actions",children:[t("button",{type:"button",disabled:l||!s.write,title:a,onClick:()=>p("rotate"),children:"Rotate"}),e.isEnabled?t("button",{type:"button",disabled:l||!s.write||b,title:b?"You are signed in with this key.":a,onClick:()=>c(()=>r.run(Kn,{id:e.id}),n),children:"Disable"}):t("button",{type:"button",disabled:l||!s.write,title:a,onClick:()=>c(()=>r.run(Ln,{id:e.id}),n),children:"Enable"}),t("button",{type:"button",disabled:l||!s.write,title:a,onClick:()=>p("edit"),children:"Edit"}),t($,{error:d})]}),u==="rotate"?t(Xo,{k:e,onClose:()=>p(null),onRotated:n}):null,u==="edit"?t(Zo,{k:e,onClose:()=>p(null),onSaved:()=>{p(null),n()}}):null]})]})}function Xo(e){let{api:n,viewer:o}=P(),[r,s]=f(3600),[i,l]=f(null),[d,c]=f(!1),[u,p]=f(null);return u?t(q,{title:`New secret of ${e.k.name}`,onClose:e.onClose,children:[t(ye,{secret:u.key}),t("p",{children:u.until?`The previous secret keeps working until ${V(u.until)}.`:"The previous secret no longer works."}),e.k.id===o.authAccess.id?t("p",{class:"note",children:"This is the key you are signed in with: sign in again with the new secret."}):null,t("div",{class:"buttons",children:t("button",{type:"button",class:"primary",onClick:e.onClose,children:"Done"})})]}):t(q,{title:`Rotate ${e.k.name}`,onClose:e.onClose,children:t("form",{onSubmit:async b=>{b.preventDefault(),c(!0);try{let a=await n.run(qn,{id:e.k.id,gracePeriod:r});p({key:a.rotateAuthAccessSecret.secretKey,until:a.rotateAuthAccessSecret.previousSecretExpiresTime}),e.onRotated()}catch(a){l(a)}finally{c(!1)}},children:[t("p",{children:"The key gets a new secret; its id, token, level and name stay."}),t(Ue,{label:"The previous secret keeps working for",value:r,onChange:s}),t($,{error:i}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:e.onClose,children:"Cancel"}),t("button",{type:"submit",class:"primary",disabled:d,children:"Rotate"})]})]})})}function Zo(e){let{api:n}=P(),[o,r]=f(e.k.description??""),[s,i]=f(e.k.foreignData??""),[l,d]=f(null);return t(q,{title:`Edit ${e.k.name}`,onClose:e.onClose,children:t("form",{onSubmit:async c=>{c.preventDefault();let u={},p=[];o.trim()?u.description=o.trim():e.k.description&&p.push("DESCRIPTION"),s.trim()?u.foreignData=s:e.k.foreignData&&p.push("FOREIGN_DATA");try{await n.run(Vn,{id:e.k.id,change:u,remove:p}),e.onSaved()}catch(b){d(b)}},children:[t(k,{label:"Description",children:c=>t("input",{id:c,value:o,onInput:u=>r(u.target.value)})}),t(k,{label:"Foreign data",hint:"Free text your own systems keep with the key.",children:(c,u)=>t("textarea",{id:c,"aria-describedby":u,rows:4,value:s,onInput:p=>i(p.target.value)})}),t($,{error:l}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:e.onClose,children:"Cancel"}),t("button",{type:"submit",class:"primary",children:"Save"})]})]})})}var it="latchkey.console.key";function st(){try{return sessionStorage.getItem(it)}catch{return null}}function Fe(e){try{e===null?sessionStorage.removeItem(it):sessionStorage.setItem(it,e)}catch{}}function Co(){let{api:e,caps:n}=P(),o=z(()=>e.run(Ce),[]),r=z(()=>n.read?e.run(Me):Promise.resolve(null),[]),[s,i]=f(null),l=n.write?void 0:H(n.permission,"add sources or platform apps"),d=o.data?.sources.edges.map(c=>c.node)??[];return t("section",{"aria-labelledby":"sources-title",children:[t("div",{class:"page-head",children:[t("h1",{id:"sources-title",children:"Sources"}),t("button",{type:"button",class:"primary",disabled:!n.write,title:l,onClick:()=>i("source"),children:"Add custom source"})]}),n.write?null:t("p",{class:"note",children:l}),t($,{error:o.error}),t("table",{class:"data",children:[t("caption",{class:"visually-hidden",children:"Sources"}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Source"}),t("th",{scope:"col",children:"Key"}),t("th",{scope:"col",children:"Credential types and fields"}),t("th",{scope:"col",children:"Verification"})]})}),t("tbody",{children:d.map(c=>t("tr",{"data-source":c.key,children:[t("td",{children:c.name}),t("td",{children:t("code",{children:c.key})}),t("td",{children:c.credentialTypes.map(u=>t("div",{children:[t("b",{children:u.name}),u.requiresPlatformApp?t("small",{children:" (needs a platform app)"}):null,u.hostedOAuth?t("small",{children:" (or connected through its consent page)"}):null,":"," ",u.fields.map(p=>`${p.label}${p.secret?" (secret)":""}${p.required?"":" (optional)"}`).join(", ")]},u.key))}),t("td",{children:c.verification?t("code",{children:[c.verification.method," ",c.verification.baseUrl,c.verification.path," \u2192 ",c.verification.identifierPath]}):"built in"})]},c.key))})]}),t("div",{class:"page-head",children:[t("h2",{id:"apps-title",children:"Platform apps"}),t("button",{type:"button",disabled:!n.write,title:l,onClick:()=>i("app"),children:"Add platform app"})]}),n.read?t(Q,{children:[t($,{error:r.error}),t("table",{class:"data","aria-labelledby":"apps-title",children:[t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Name"}),t("th",{scope:"col",children:"Source"}),t("th",{scope:"col",children:"Client id"}),t("th",{scope:"col",children:"OAuth scopes"}),t("th",{scope:"col",children:"Created"})]})}),t("tbody",{children:[(r.data?.platformApps.edges??[]).map(({node:c})=>t("tr",{children:[t("td",{children:c.name}),t("td",{children:c.source.name}),t("td",{children:t("code",{children:c.clientId})}),t("td",{children:c.oauthScopes?.length?t("code",{children:c.oauthScopes.join(" ")}):t("span",{class:"hint",children:"the defaults"})}),t("td",{children:V(c.createdTime)})]},c.id)),r.data&&r.data.platformApps.edges.length===0?t("tr",{children:t("td",{colSpan:5,class:"empty",children:"No platform apps yet. Their client secrets are stored encrypted and never shown."})}):null]})]})]}):t("p",{class:"note",children:H(n.permission,"read platform apps")}),s==="source"?t(er,{onClose:()=>i(null),onCreated:o.reload}):null,s==="app"?t(tr,{sources:d,onClose:()=>i(null),onCreated:r.reload}):null]})}function er(e){let{api:n}=P(),[o,r]=f({key:"",name:"",baseUrl:"https://",method:"GET",path:"/",placement:"BEARER",field:"token",passwordField:"",paramName:"",identifierPath:"",displayNamePath:""}),[s,i]=f([{name:"token",label:"API token",secret:!0,required:!0,pattern:""}]),[l,d]=f(null),c=b=>a=>r({...o,[b]:a.target.value}),u=(b,a,m,y=!0)=>t(k,{label:b+(y?"":" (optional)"),hint:m,children:(v,C)=>t("input",{id:v,required:y,"aria-describedby":C,value:o[a],onInput:c(a)})}),p=(b,a)=>i(s.map((m,y)=>b===y?{...m,...a}:m));return t(q,{title:"Add custom source",onClose:e.onClose,wide:!0,children:t("form",{onSubmit:async b=>{b.preventDefault(),d(null);try{await n.run(Qn,{input:{key:o.key.trim(),name:o.name.trim(),baseUrl:o.baseUrl.trim(),method:o.method,path:o.path.trim(),placement:o.placement,field:o.field.trim(),passwordField:o.passwordField.trim()||null,paramName:o.paramName.trim()||null,identifierPath:o.identifierPath.trim(),displayNamePath:o.displayNamePath.trim()||null,fields:s.map(a=>({name:a.name.trim(),label:a.label.trim(),secret:a.secret,required:a.required,pattern:a.pattern||null}))}}),e.onCreated(),e.onClose()}catch(a){d(a)}},children:[t("div",{class:"grid2",children:[u("Key","key","Lower-case letters, digits and dashes, such as \u201Cacme-crm\u201D."),u("Name","name")]}),t("fieldset",{children:[t("legend",{children:"Credential fields"}),s.map((b,a)=>t("div",{class:"field-row",children:[t(k,{label:`Field ${a+1} name`,children:m=>t("input",{id:m,required:!0,value:b.name,onInput:y=>p(a,{name:y.target.value})})}),t(k,{label:"Label",children:m=>t("input",{id:m,required:!0,value:b.label,onInput:y=>p(a,{label:y.target.value})})}),t(k,{label:"Pattern (optional)",children:m=>t("input",{id:m,value:b.pattern,onInput:y=>p(a,{pattern:y.target.value})})}),t("label",{class:"check",children:[t("input",{type:"checkbox",checked:b.secret,onChange:m=>p(a,{secret:m.target.checked})})," secret"]}),t("label",{class:"check",children:[t("input",{type:"checkbox",checked:b.required,onChange:m=>p(a,{required:m.target.checked})})," required"]}),s.length>1?t("button",{type:"button",onClick:()=>i(s.filter((m,y)=>y!==a)),children:["Remove field ",a+1]}):null]},a)),t("button",{type:"button",onClick:()=>i([...s,{name:"",label:"",secret:!1,required:!0,pattern:""}]),children:"Add a field"})]}),t("fieldset",{children:[t("legend",{children:"Verification: the protected call that proves the credentials"}),t("div",{class:"grid2",children:[u("Base URL","baseUrl","https:// and a public address."),u("Path","path","Such as /v1/me."),t(k,{label:"Method",children:b=>t("select",{id:b,value:o.method,onChange:c("method"),children:[t("option",{children:"GET"}),t("option",{children:"POST"})]})}),t(k,{label:"Credential placement",children:b=>t("select",{id:b,value:o.placement,onChange:c("placement"),children:[t("option",{value:"BEARER",children:"Authorization: Bearer"}),t("option",{value:"BASIC",children:"Authorization: Basic"}),t("option",{value:"HEADER",children:"a header of its own"}),t("option",{value:"QUERY",children:"a query parameter"})]})}),u("Field sent","field","The credential field the call carries."),u("Password field","passwordField","For Basic.",!1),u("Header or parameter name","paramName","For a header or a query parameter.",!1),u("Identifier path","identifierPath","Where the account\u2019s id is in the answer, such as data.id."),u("Display name path","displayNamePath",void 0,!1)]})]}),t($,{error:l}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:e.onClose,children:"Cancel"}),t("button",{type:"submit",class:"primary",children:"Add source"})]})]})})}function tr(e){let{api:n}=P(),[o,r]=f(e.sources[0]?.key??""),[s,i]=f(""),[l,d]=f(""),[c,u]=f(""),[p,b]=f(""),[a,m]=f(null),y=e.sources.find(C=>C.key===o)?.credentialTypes.find(C=>C.hostedOAuth)?.hostedOAuth,v=Bt().oauthCallback;return t(q,{title:"Add platform app",onClose:e.onClose,children:t("form",{onSubmit:async C=>{C.preventDefault(),m(null);try{let h=y&&p.trim()?p.trim().split(/\s+/):null;await n.run(Hn,{input:{source:o,name:s.trim(),clientId:l.trim(),clientSecret:c,oauthScopes:h}}),u(""),e.onCreated(),e.onClose()}catch(h){m(h)}},children:[t(k,{label:"Source",children:C=>t("select",{id:C,value:o,onChange:h=>r(h.target.value),children:e.sources.map(h=>t("option",{value:h.key,children:h.name},h.key))})}),t(k,{label:"Name",hint:"Unique per source; you pick the app by it.",children:(C,h)=>t("input",{id:C,required:!0,"aria-describedby":h,value:s,onInput:g=>i(g.target.value)})}),t(k,{label:"Client id",children:C=>t("input",{id:C,required:!0,value:l,onInput:h=>d(h.target.value)})}),t(k,{label:"Client secret",hint:"Stored encrypted; never shown again.",children:(C,h)=>t("input",{id:C,type:"password",autocomplete:"off",required:!0,"aria-describedby":h,value:c,onInput:g=>u(g.target.value)})}),y&&v?t(Q,{children:[t(k,{label:"OAuth scopes",hint:`Separated by spaces; leave empty for ${y.defaultScopes.join(" ")}.`,children:(C,h)=>t("input",{id:C,"aria-describedby":h,value:p,onInput:g=>b(g.target.value)})}),t("p",{class:"hint",children:["End users connect through this app\u2019s consent page: register ",t("code",{children:v})," as its redirect URI."]})]}):null,t($,{error:a}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:e.onClose,children:"Cancel"}),t("button",{type:"submit",class:"primary",children:"Add app"})]})]})})}var vo="Copy this signing secret now: it is shown only this once. Give it to your receiver, which checks each request\u2019s webhook-signature header with any Standard Webhooks library.";function Ao(){let{api:e,caps:n}=P(),{position:o,setPosition:r}=me(),[s,i]=f(!1),l=z(()=>n.read?e.run(jn,pe(o)):Promise.resolve(null),[o]);if(!n.read)return t("section",{children:[t("h1",{children:"Webhooks"}),t("p",{class:"note",children:H(n.permission,"read webhooks")})]});let d=n.write?void 0:H(n.permission,"add or change webhook endpoints"),c=l.data?.webhookEndpoints.edges.map(u=>u.node)??[];return t("section",{"aria-labelledby":"webhooks-title",children:[t("div",{class:"page-head",children:[t("h1",{id:"webhooks-title",children:"Webhooks"}),t("button",{type:"button",class:"primary",disabled:!n.write,title:d,onClick:()=>i(!0),children:"Add endpoint"})]}),n.write?null:t("p",{class:"note",children:d}),t($,{error:l.error}),t("table",{class:"data","aria-busy":l.loading,children:[t("caption",{class:"visually-hidden",children:"Webhook endpoints, newest first"}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"URL"}),t("th",{scope:"col",children:"Events"}),t("th",{scope:"col",children:"Status"}),t("th",{scope:"col",children:"Failing since"}),t("th",{scope:"col",children:"Actions"})]})}),t("tbody",{children:[c.map(u=>t(nr,{e:u,onChange:l.reload},u.id)),!l.loading&&c.length===0?t("tr",{children:t("td",{colSpan:5,class:"empty",children:"No endpoints yet: add one to have the environment\u2019s events POSTed to your systems, signed."})}):null]})]}),t(fe,{label:"Endpoints",info:l.data?.webhookEndpoints.pageInfo,position:o,onMove:r}),t(sr,{}),s?t(or,{onClose:()=>i(!1),onAdded:l.reload}):null]})}function nr({e,onChange:n}){let{api:o,caps:r}=P(),{busy:s,error:i,act:l}=ae(),[d,c]=f(!1),u=r.write?void 0:H(r.permission,"change webhook endpoints");return t("tr",{"data-endpoint":e.url,children:[t("td",{children:[t("code",{children:e.url}),e.description?t("small",{children:[" ",e.description]}):null]}),t("td",{children:e.eventTypes.length?e.eventTypes.join(", "):"all"}),t("td",{children:e.isEnabled?t("span",{class:"badge ok",children:"enabled"}):t("span",{class:"badge off",children:["disabled (",e.disabledReason?.toLowerCase(),")"]})}),t("td",{children:V(e.failingSince)}),t("td",{children:[t("div",{class:"actions",children:[t("button",{type:"button",disabled:s||!r.write,title:u,onClick:()=>c(!0),children:"Rotate secret"}),e.isEnabled?t("button",{type:"button",disabled:s||!r.write,title:u,onClick:()=>l(()=>o.run(Xn,{id:e.id}),n),children:"Disable"}):t("button",{type:"button",disabled:s||!r.write,title:u,onClick:()=>l(()=>o.run(Jn,{id:e.id}),n),children:"Enable"}),t("button",{type:"button",disabled:s||!r.write,title:u,onClick:()=>confirm(`Delete the endpoint ${e.url} and its deliveries?`)&&l(()=>o.run(Zn,{id:e.id}),n),children:"Delete"}),t($,{error:i})]}),d?t(rr,{e,onClose:()=>c(!1),onRotated:n}):null]})]})}function or(e){let{api:n}=P(),[o,r]=f(""),[s,i]=f(""),[l,d]=f([]),{busy:c,error:u,act:p}=ae(),[b,a]=f(null);return b?t(q,{title:"Endpoint added",onClose:e.onClose,children:[t(ye,{secret:b,warning:vo}),t("div",{class:"buttons",children:t("button",{type:"button",class:"primary",onClick:e.onClose,children:"Done"})})]}):t(q,{title:"Add webhook endpoint",onClose:e.onClose,wide:!0,children:t("form",{onSubmit:m=>{m.preventDefault(),p(async()=>{let y=await n.run(zn,{input:{url:o.trim(),description:s.trim()||null,eventTypes:l}});a(y.createWebhookEndpoint.secret)},e.onAdded)},children:[t(k,{label:"URL",hint:"An https address on the public internet; each event is POSTed to it.",children:(m,y)=>t("input",{id:m,"aria-describedby":y,type:"url",required:!0,placeholder:"https://example.com/webhooks/latchkey",value:o,onInput:v=>r(v.target.value)})}),t(k,{label:"Description",children:m=>t("input",{id:m,value:s,onInput:y=>i(y.target.value)})}),t(rt,{chosen:l,onChange:d,open:!0}),t($,{error:u}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:e.onClose,children:"Cancel"}),t("button",{type:"submit",class:"primary",disabled:c,children:"Add endpoint"})]})]})})}function rr(e){let{api:n}=P(),[o,r]=f(86400),{busy:s,error:i,act:l}=ae(),[d,c]=f(null);return d?t(q,{title:"New signing secret",onClose:e.onClose,children:[t(ye,{secret:d.value,warning:vo}),t("p",{children:d.until?`Until ${V(d.until)} each request is signed with both secrets.`:"The previous secret no longer signs."}),t("div",{class:"buttons",children:t("button",{type:"button",class:"primary",onClick:e.onClose,children:"Done"})})]}):t(q,{title:`Rotate the secret of ${e.e.url}`,onClose:e.onClose,children:t("form",{onSubmit:u=>{u.preventDefault(),l(async()=>{let p=await n.run(Yn,{id:e.e.id,overlap:o});c({value:p.rotateWebhookEndpointSecret.secret,until:p.rotateWebhookEndpointSecret.webhookEndpoint.previousSecretExpiresTime})},e.onRotated)},children:[t(Ue,{label:"The previous secret keeps signing for",value:o,onChange:r}),t($,{error:i}),t("div",{class:"buttons",children:[t("button",{type:"button",onClick:e.onClose,children:"Cancel"}),t("button",{type:"submit",class:"primary",disabled:s,children:"Rotate"})]})]})})}var ir=["all","PENDING","DELIVERED","FAILED"];function sr(){let{api:e}=P(),[n,o]=f("all"),{position:r,setPosition:s,reset:i}=me(),l=z(()=>e.run(Gn,{filter:n==="all"?null:`status = ${n}`,...pe(r)}),[n,r]),d=l.data?.webhookDeliveries.edges.map(c=>c.node)??[];return t("section",{"aria-labelledby":"deliveries-title",children:[t("div",{class:"page-head",children:[t("h2",{id:"deliveries-title",children:"Deliveries"}),t("button",{type:"button",onClick:l.reload,children:"Refresh"})]}),t("div",{class:"tabs",role:"group","aria-label":"Status",children:ir.map(c=>t("button",{type:"button","aria-pressed":n===c,onClick:()=>(o(c),i()),children:c==="all"?"All":c.toLowerCase()},c))}),t($,{error:l.error}),t("table",{class:"data","aria-busy":l.loading,children:[t("caption",{class:"visually-hidden",children:"Webhook deliveries, newest first"}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Event"}),t("th",{scope:"col",children:"Endpoint"}),t("th",{scope:"col",children:"Status"}),t("th",{scope:"col",children:"Attempts"}),t("th",{scope:"col",children:"Last attempt"}),t("th",{scope:"col",children:"Actions"})]})}),t("tbody",{children:[d.map(c=>t(ar,{d:c,onChange:l.reload},c.id)),!l.loading&&d.length===0?t("tr",{children:t("td",{colSpan:6,class:"empty",children:"No deliveries."})}):null]})]}),t(fe,{label:"Deliveries",info:l.data?.webhookDeliveries.pageInfo,position:r,onMove:s})]})}function ar({d:e,onChange:n}){let{api:o,caps:r}=P(),{busy:s,error:i,act:l}=ae(),d=e.attempts?.[e.attempts.length-1],c=r.write?void 0:H(r.permission,"send deliveries again");return t("tr",{"data-delivery":e.id,children:[t("td",{children:[t("code",{children:e.event.type})," ",t("small",{children:e.subjectId}),t("br",{}),t("small",{children:[t("code",{children:e.id})," \xB7 ",V(e.createdTime)]})]}),t("td",{children:t("code",{children:e.endpoint.url})}),t("td",{children:[t("span",{class:`badge ${e.status==="DELIVERED"?"ok":e.status==="FAILED"?"off":""}`,children:e.status.toLowerCase()}),e.status==="PENDING"&&e.nextAttemptTime?t("small",{children:[" next ",V(e.nextAttemptTime)]}):null]}),t("td",{children:e.attemptCount}),t("td",{children:d?t(Q,{children:[d.statusCode??"\u2014"," in ",d.durationMs," ms",d.error?t("small",{children:[" ",d.error]}):null]}):"\u2014"}),t("td",{children:t("div",{class:"actions",children:[t("button",{type:"button",disabled:s||!r.write,title:c,onClick:()=>l(()=>o.run(eo,{id:e.id}),n),children:"Send again"}),t($,{error:i})]})})]})}var _o=Dt(null);function P(){let e=Mt(_o);if(!e)throw new Error("useSession outside a signed-in console");return e}var lr=document.baseURI;function cr(){let[e,n]=f(()=>location.hash.replace(/^#/,"")||"/accounts");return re(()=>{let o=()=>n(location.hash.replace(/^#/,"")||"/accounts");return addEventListener("hashchange",o),()=>removeEventListener("hashchange",o)},[]),e}function ko(){let[e,n]=f(null),[o,r]=f(()=>st()!==null),[s,i]=f(null),l=async c=>{let u=new We(lr,c);try{let p=await u.run($n);Fe(c),i(null),n({api:u,viewer:p.viewer,caps:no(p.viewer.permission)})}catch(p){Fe(null),i(p)}finally{r(!1)}},d=()=>{e?.api.close(),Fe(null),n(null),location.hash=""};return re(()=>{let c=st();c&&l(c)},[]),o?t("p",{class:"loading",children:"Signing in\u2026"}):e?t(_o.Provider,{value:e,children:t(dr,{onSignOut:d})}):t(ur,{onSignIn:l,error:s})}function ur(e){let[n,o]=f(""),[r,s]=f(!1);return t("main",{class:"signin",children:[t("h1",{children:"Latchkey console"}),t("form",{onSubmit:async i=>{i.preventDefault(),s(!0),await e.onSignIn(n.trim()),o(""),s(!1)},children:[t("label",{for:"secret-key",children:"Secret key"}),t("input",{id:"secret-key",type:"password",autocomplete:"off",spellcheck:!1,placeholder:"lksk_\u2026",required:!0,value:n,onInput:i=>o(i.target.value)}),t("p",{class:"hint",children:["Paste an API key (",t("code",{children:"latchkey keys create"})," makes the first one). It is kept in this tab only and forgotten when you sign out or close the tab."]}),t("button",{type:"submit",class:"primary",disabled:r,children:"Sign in"})]}),t($,{error:e.error})]})}var Eo=[{path:"/accounts",label:"Accounts"},{path:"/keys",label:"Keys"},{path:"/events",label:"Events"},{path:"/sources",label:"Sources"},{path:"/webhooks",label:"Webhooks"}];function dr(e){let{viewer:n}=P(),o=cr(),[,r,s]=o.split("/");re(()=>{document.title=`${Eo.find(l=>l.path===`/${r}`)?.label??"Latchkey"} \xB7 ${n.environment.name} \xB7 Latchkey`},[r]);let i;return r==="accounts"&&s?i=t(ro,{id:decodeURIComponent(s)}):r==="keys"?i=t(go,{}):r==="events"?i=t(yo,{}):r==="sources"?i=t(Co,{}):r==="webhooks"?i=t(Ao,{}):i=t(mo,{}),t(Q,{children:[t("header",{class:"top",children:[t("span",{class:"brand",children:"Latchkey"}),t("nav",{"aria-label":"Console",children:[Eo.map(l=>t("a",{href:`#${l.path}`,"aria-current":`/${r}`===l.path?"page":void 0,children:l.label},l.path)),t("a",{href:"./",children:"GraphiQL"})]}),t("div",{class:"who","aria-label":"Signed in as",children:[t("span",{title:`environment ${n.environment.slug}`,children:[t("b",{children:n.environment.name})," ",t("code",{children:n.environment.slug})]}),t("span",{class:"key-name",children:n.authAccess.name}),t("span",{class:"level",children:n.permission}),t("button",{type:"button",onClick:e.onSignOut,children:"Sign out"})]})]}),t("main",{id:"main",children:i})]})}var at=document.getElementById("app");at&&(at.textContent="",kt(t(ko,{}),at));})();
